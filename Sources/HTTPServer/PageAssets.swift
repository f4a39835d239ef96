/// The page's style sheet and script, compiled into the binary so that serving them never touches
/// the file system.
enum PageAssets {
    /// Chinese typography first: the system's CJK faces, generous leading, lines of about forty
    /// characters for reading, punctuation kept tight.
    static let styleSheet = #"""
    :root {
      --ink: #1f2328; --muted: #5b6470; --line: #d8dde3; --paper: #fbfaf7; --accent: #9b2c2c;
      --mark: #fde8a6; --panel: #ffffff;
      --sans: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
              "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
      --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", serif;
    }
    * { box-sizing: border-box; }
    html { font-size: 16px; -webkit-text-size-adjust: 100%; }
    body { margin: 0; background: var(--paper); color: var(--ink); font-family: var(--sans);
           line-height: 1.8; font-kerning: normal; }
    a { color: #1d4f91; text-decoration: none; }
    a:hover, a:focus { text-decoration: underline; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em;
           background: #eef0f2; padding: 0 .3em; border-radius: 3px; }
    .masthead { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .8rem 1.5rem;
                background: var(--panel); border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 1; }
    .brand { font-size: 1.35rem; font-weight: 700; color: var(--accent); letter-spacing: .08em; white-space: nowrap; }
    .brand span { font-size: .8rem; font-weight: 400; color: var(--muted); letter-spacing: 0; }
    .search { display: flex; flex: 1 1 32rem; gap: .5rem; max-width: 48rem; }
    .search input { flex: 1; min-width: 0; font: inherit; padding: .35rem .7rem; border: 1px solid #b8c0ca;
                    border-radius: 6px; background: #fff; }
    .search select, .search button { font: inherit; padding: .35rem .7rem; border: 1px solid #b8c0ca;
                                     border-radius: 6px; background: #fff; }
    .search button { background: var(--accent); border-color: var(--accent); color: #fff; cursor: pointer; }
    main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
    .summary { color: var(--muted); margin: .3rem 0 1rem; }
    .summary strong { color: var(--ink); }
    .took { margin-left: 1em; font-size: .85em; }
    .summary .copies { margin-left: 1em; }
    .layout { display: grid; grid-template-columns: 14rem minmax(0, 1fr); gap: 2rem; }
    @media (max-width: 48rem) { .layout { grid-template-columns: 1fr; } .facets { order: 2; } }
    .facets h2 { font-size: .9rem; color: var(--muted); margin: 0 0 .3rem; font-weight: 600; letter-spacing: .1em; }
    .facets ul { list-style: none; margin: 0 0 1.2rem; padding: 0; font-size: .92rem; line-height: 1.6; }
    .facets li { display: flex; justify-content: space-between; gap: .5rem; padding: .15rem 0; }
    .facets li a { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .facets a[aria-current] { font-weight: 700; color: var(--ink); }
    .count { color: var(--muted); font-variant-numeric: tabular-nums; }
    .hit-list { list-style: none; margin: 0; padding: 0; }
    .hit { padding: .9rem 0 1rem; border-bottom: 1px solid var(--line); max-width: 44em; }
    .hit-head { display: flex; align-items: baseline; gap: .6rem; }
    .hit-title { font-size: 1.12rem; font-weight: 600; }
    .kind { font-size: .75rem; color: var(--accent); border: 1px solid #e3b9b9; border-radius: 3px; padding: 0 .35em;
            line-height: 1.5; white-space: nowrap; }
    .hit-section { color: #3b6e3b; font-size: .9rem; }
    .snippet { margin: .25rem 0; text-align: justify; }
    mark { background: var(--mark); color: inherit; padding: 0 .05em; border-radius: 2px; }
    .hit-source { font-size: .8rem; color: var(--muted); word-break: break-all; }
    .pager { display: flex; gap: 1.2rem; justify-content: center; margin: 1.5rem 0; color: var(--muted); }
    .statistics { margin-top: 1.5rem; }
    .statistics summary { cursor: pointer; color: #1d4f91; }
    .table-scroll { overflow-x: auto; }
    table.statistics { border-collapse: collapse; font-size: .88rem; line-height: 1.6; margin-top: .5rem; }
    table.statistics th, table.statistics td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left;
                                               vertical-align: top; }
    table.statistics th { background: #f0f1f3; white-space: nowrap; }
    table.statistics td.nowrap { white-space: nowrap; }
    table.statistics td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .page-title { font-size: 1.4rem; line-height: 1.5; }
    .intro { max-width: 40em; }
    .syntax { padding-left: 1.2em; color: var(--muted); }
    .error { border-left: 4px solid var(--accent); background: #fff; padding: .6rem 1rem; }
    .document { max-width: 42em; margin: 0 auto; font-family: var(--serif); font-size: 1.06rem; }
    .document h1 { font-family: var(--sans); font-size: 1.6rem; line-height: 1.4; text-align: center; margin: 1rem 0 .3rem; }
    .document h2, .document h3, .document h4, .document h5, .document h6 { font-family: var(--sans); line-height: 1.5;
                                                                           margin: 1.6em 0 .5em; }
    .document h2 { font-size: 1.2rem; } .document h3 { font-size: 1.08rem; } .document h4, .document h5, .document h6 { font-size: 1rem; }
    .document p { margin: 0 0 .8em; text-indent: 2em; text-align: justify; }
    .document p.document-source { text-indent: 0; text-align: center; color: var(--muted); font-family: var(--sans); font-size: .85rem; word-break: break-all; }
    .metadata { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-family: var(--sans);
                font-size: .9rem; background: #fff; border: 1px solid var(--line); padding: .6rem 1rem; }
    .metadata dt { color: var(--muted); } .metadata dd { margin: 0; }
    .toc { font-family: var(--sans); font-size: .92rem; line-height: 1.7; border: 1px solid var(--line); background: #fff;
           padding: .4rem 1rem .6rem; margin: 1rem 0 1.5rem; }
    .toc h2 { font-size: .95rem; margin: .2rem 0; }
    .toc ul { margin: 0; padding-left: 1.2em; }
    .toc details { display: inline; margin-left: .6em; }
    .toc summary { display: inline; cursor: pointer; color: var(--muted); font-size: .85em; }
    .toc details[open] { display: block; margin-left: 0; }
    section:target { background: #fff7d6; }
    .analysis-links { font-family: var(--sans); font-size: .9rem; }
    table.concordance { border-collapse: collapse; font-size: .95rem; width: 100%; table-layout: fixed; }
    table.concordance td { padding: .15rem .3rem; white-space: nowrap; overflow: hidden; border-bottom: 1px solid var(--line); }
    table.concordance td.left { text-align: right; width: 38%; direction: rtl; unicode-bidi: plaintext; }
    table.concordance td.match { text-align: center; width: 6em; }
    table.concordance td.right { width: 38%; }
    table.concordance td.source { font-family: var(--sans); font-size: .8rem; text-overflow: ellipsis; }
    .trend-chart svg { max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); }
    table.trend-table { border-collapse: collapse; font-family: var(--sans); font-size: .9rem; }
    table.trend-table td, table.trend-table th { padding: .15rem .6rem; border-bottom: 1px solid var(--line); text-align: right; }
    """#

    /// Progressive enhancement only: as you type, the results part is fetched again (server-rendered,
    /// so the page and the script show the same thing) and the address updated; the statistics table
    /// loads when opened. Without JavaScript the form and the links do the same by plain navigation.
    static let script = #"""
    "use strict";
    (function () {
      var form = document.getElementById("search");
      var input = document.getElementById("q");
      var kind = document.getElementById("kind");
      var main = document.getElementById("main");
      if (!form || !input || !main || !window.fetch) { return; }
      var timer = null;
      var latest = 0;

      function load(url, push) {
        var ticket = ++latest;
        var partial = url + (url.indexOf("?") < 0 ? "?" : "&") + "partial=1";
        return fetch(partial, { headers: { "Accept": "text/html" } }).then(function (response) {
          return response.text();
        }).then(function (html) {
          if (ticket !== latest) { return; }
          main.innerHTML = html;
          main.setAttribute("data-loaded", "script");
          if (push) { history.pushState(null, "", url); } else { history.replaceState(null, "", url); }
          var title = input.value.trim();
          document.title = (title ? title + " · " : "") + "治理";
        }).catch(function () { /* the form still works by plain navigation */ });
      }

      function formURL() {
        var q = input.value.trim();
        if (!q) { return "/"; }
        var url = "/?q=" + encodeURIComponent(q);
        if (kind && kind.value) { url += "&kind=" + encodeURIComponent(kind.value); }
        return url;
      }

      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () { load(formURL(), false); }, 250);
      });
      if (kind) { kind.addEventListener("change", function () { load(formURL(), true); }); }
      form.addEventListener("submit", function (event) {
        if (location.pathname !== "/") { return; }
        event.preventDefault();
        clearTimeout(timer);
        load(formURL(), true);
      });
      main.addEventListener("click", function (event) {
        var link = event.target.closest ? event.target.closest("a") : null;
        if (!link || link.hasAttribute("download") || location.pathname !== "/") { return; }
        var href = link.getAttribute("href") || "";
        if (href.indexOf("/?") !== 0) { return; }
        event.preventDefault();
        load(href, true);
        window.scrollTo(0, 0);
      });
      main.addEventListener("toggle", function (event) {
        var details = event.target;
        if (details.id !== "statistics" || !details.open || details.getAttribute("data-loaded")) { return; }
        var target = details.querySelector(".statistics-table");
        var src = details.getAttribute("data-src");
        fetch(src + (src.indexOf("?") < 0 ? "?" : "&") + "partial=1").then(function (response) {
          return response.text();
        }).then(function (html) {
          target.innerHTML = html;
          details.setAttribute("data-loaded", "1");
        });
      }, true);
      window.addEventListener("popstate", function () { location.reload(); });

      // A link of the form /#q=... types the query into the box, exactly as a reader would.
      if (location.pathname === "/" && location.hash.indexOf("#q=") === 0) {
        input.value = decodeURIComponent(location.hash.slice(3));
        input.dispatchEvent(new Event("input"));
      }
    })();
    """#
}
