/// The OpenAPI 3 description of the JSON API, served at `/api/openapi.json`; written by hand to
/// describe exactly the routes in `SearchServer+API.swift`.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "zhili serve",
        "version": "1.0.0",
        "description": "Search a Zhili index of Chinese governance texts: ranked sections with highlighted snippets, documents with their section trees, and the statistics, citations and measures extracted from them. Every error is a JSON object {error, status}."
      },
      "paths": {
        "/api/health": {
          "get": {
            "summary": "What index is being served",
            "operationId": "health",
            "responses": {
              "200": {"description": "The index is readable", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/api/search": {
          "get": {
            "summary": "Ranked hits of a query",
            "operationId": "search",
            "parameters": [
              {"$ref": "#/components/parameters/RequiredQuery"},
              {"name": "limit", "in": "query", "description": "Hits to return", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
              {"name": "offset", "in": "query", "description": "Hits to skip; offset + limit may not exceed 1000", "schema": {"type": "integer", "minimum": 0, "maximum": 999, "default": 0}},
              {"name": "kind", "in": "query", "description": "Only hits of this record kind (/api/health lists the kinds the index has), or all for every kind; when absent, sections only unless the query has a kind: filter of its own, as zhili search lists them", "schema": {"type": "string", "enum": ["section", "document", "statistic", "citation", "measure", "all"]}},
              {"$ref": "#/components/parameters/Document"},
              {"name": "all", "in": "query", "description": "List near-identical copies of a section or document as hits of their own (each with duplicates 0 and its duplicate_group) instead of folding them into the best-scoring one", "schema": {"type": "string", "enum": ["true", "false", "1", "0"], "default": "false"}},
              {"name": "per_document", "in": "query", "description": "At most this many hits of one document (the rest counted in each hit's more_in_document); 0 lists any number", "schema": {"type": "integer", "minimum": 0, "maximum": 100, "default": 3}},
              {"name": "facets", "in": "query", "description": "Also count the hits per kind (over every kind) and per document", "schema": {"type": "string", "enum": ["true", "false", "1", "0"], "default": "false"}}
            ],
            "responses": {
              "200": {"description": "A window of ranked hits", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/api/documents/{id}": {
          "get": {
            "summary": "A document's metadata and section tree",
            "operationId": "document",
            "parameters": [
              {"name": "id", "in": "path", "required": true, "description": "A document_id from a search result", "schema": {"type": "string", "maxLength": 4096}}
            ],
            "responses": {
              "200": {"description": "The document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/api/stats": {
          "get": {
            "summary": "Statistics (figures with their units) of the sections a query finds, or of the whole index",
            "operationId": "stats",
            "parameters": [
              {"$ref": "#/components/parameters/OptionalQuery"}, {"$ref": "#/components/parameters/Document"},
              {"$ref": "#/components/parameters/RecordLimit"}, {"$ref": "#/components/parameters/RecordOffset"}, {"$ref": "#/components/parameters/Format"}
            ],
            "responses": {
              "200": {"description": "Statistics records", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/StatisticPage"}},
                "text/csv": {"schema": {"type": "string"}},
                "application/jsonl": {"schema": {"type": "string"}}
              }},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/api/cites": {
          "get": {
            "summary": "Legal and policy citations of the sections a query finds, or of the whole index",
            "operationId": "cites",
            "description": "Each citation is resolved against the laws in the served index (resolved: the cited article's text in the law's current version), as zhili cites --index does.",
            "parameters": [
              {"$ref": "#/components/parameters/OptionalQuery"}, {"$ref": "#/components/parameters/Document"},
              {"$ref": "#/components/parameters/RecordLimit"}, {"$ref": "#/components/parameters/RecordOffset"}, {"$ref": "#/components/parameters/Format"},
              {"name": "check", "in": "query", "description": "Check each cited article against the indexed laws, as zhili cites --check: adds check, suggestion and note", "schema": {"type": "string", "enum": ["true", "false", "1", "0"], "default": "false"}}
            ],
            "responses": {
              "200": {"description": "Citation records", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/CitationPage"}},
                "text/csv": {"schema": {"type": "string"}},
                "application/jsonl": {"schema": {"type": "string"}}
              }},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "500": {"$ref": "#/components/responses/Damaged"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/api/measures": {
          "get": {
            "summary": "Policy measures of the sections a query finds, or of the whole index",
            "operationId": "measures",
            "parameters": [
              {"$ref": "#/components/parameters/OptionalQuery"}, {"$ref": "#/components/parameters/Document"},
              {"$ref": "#/components/parameters/RecordLimit"}, {"$ref": "#/components/parameters/RecordOffset"}, {"$ref": "#/components/parameters/Format"},
              {"name": "explain", "in": "query", "description": "Add the cue words that decided each measure's category (field cues), as zhili measures --explain", "schema": {"type": "string", "enum": ["true", "false", "1", "0"], "default": "false"}},
              {"name": "summary", "in": "query", "description": "Counts of measures per category per document instead of the measures, as zhili measures --summary", "schema": {"type": "string", "enum": ["true", "false", "1", "0"], "default": "false"}}
            ],
            "responses": {
              "200": {"description": "Measure records, or with summary=true one count record per document", "content": {
                "application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/MeasurePage"}, {"$ref": "#/components/schemas/MeasureSummaryPage"}]}},
                "text/csv": {"schema": {"type": "string"}},
                "application/jsonl": {"schema": {"type": "string"}}
              }},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"},
              "503": {"$ref": "#/components/responses/Unavailable"}
            }
          }
        },
        "/api/openapi.json": {
          "get": {
            "summary": "This document",
            "operationId": "openapi",
            "responses": {"200": {"description": "The OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        }
      },
      "components": {
        "parameters": {
          "RequiredQuery": {"name": "q", "in": "query", "required": true, "description": "A query in zhili's query language: words (AND), OR, -word, \"phrase\", NEAR/n, title: doc: source: section: year:A..B", "schema": {"type": "string", "minLength": 1, "maxLength": 200}},
          "OptionalQuery": {"name": "q", "in": "query", "description": "The records of the sections this query finds (the first 1000); q or document is required", "schema": {"type": "string", "maxLength": 200}},
          "Document": {"name": "document", "in": "query", "description": "Only this document (a document_id)", "schema": {"type": "string", "maxLength": 4096}},
          "RecordLimit": {"name": "limit", "in": "query", "description": "Records to return", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}},
          "RecordOffset": {"name": "offset", "in": "query", "description": "Records to skip", "schema": {"type": "integer", "minimum": 0, "maximum": 1000000, "default": 0}},
          "Format": {"name": "format", "in": "query", "description": "json (an object with total and results), csv or jsonl (the records alone)", "schema": {"type": "string", "enum": ["json", "csv", "jsonl"], "default": "json"}}
        },
        "responses": {
          "BadRequest": {"description": "A parameter is missing, malformed or out of bounds", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NotFound": {"description": "No such document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Damaged": {"description": "The index was found damaged while answering (it is rebuilt with zhili index)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Unavailable": {"description": "The index cannot be read, or the request took longer than the time limit", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["error", "status"], "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}},
          "Health": {"type": "object", "required": ["status", "generation", "files", "units"], "properties": {
            "status": {"type": "string", "enum": ["ok"]}, "generation": {"type": "string", "description": "The index build being served; changes when a rebuild is picked up"},
            "files": {"type": "integer", "description": "Source files indexed"},
            "units": {"type": "object", "description": "Units per kind (section, document, statistic ...): the kinds a search can be restricted to", "additionalProperties": {"type": "integer"}}}},
          "SearchResults": {"type": "object", "required": ["query", "total", "offset", "limit", "all", "copies", "took_ms", "results"], "properties": {
            "query": {"type": "string"}, "offset": {"type": "integer"}, "limit": {"type": "integer"},
            "kind": {"type": "string", "nullable": true, "description": "The kind parameter as given; null when absent (sections, unless the query filters by kind)"}, "document_id": {"type": "string", "nullable": true},
            "total": {"type": "integer", "description": "Matching units, near-identical copies included; counted exactly up to 10,000, a lower bound beyond (total_is_exact false)"},
            "total_is_exact": {"type": "boolean", "description": "Whether total counts every match"},
            "per_document": {"type": "integer", "description": "The per_document parameter in effect"},
            "all": {"type": "boolean", "description": "Whether near-identical copies are listed as hits of their own"},
            "copies": {"type": "integer", "description": "Matching units folded into a better-scoring near-identical copy; total - copies hits can be paged through"},
            "took_ms": {"type": "number", "description": "Time taken by the server, in milliseconds"},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchHit"}},
            "facets": {"type": "object", "description": "Only with facets=true", "required": ["kind", "document_window", "document"], "properties": {
              "document_window": {"type": "integer", "description": "How many of the top hits the document counts cover"},
              "kind": {"type": "array", "items": {"type": "object", "required": ["kind", "count"], "properties": {"kind": {"type": "string"}, "count": {"type": "integer"}}}},
              "document": {"type": "array", "items": {"type": "object", "required": ["document_id", "source", "document_index", "document", "count"], "properties": {
                "document_id": {"type": "string"}, "source": {"type": "string"}, "document_index": {"type": "integer"}, "document": {"type": "string"}, "count": {"type": "integer"}}}}}}}},
          "SearchHit": {"type": "object", "description": "The contract's search record, then what the API adds", "required": ["rank", "score", "kind", "source", "document_index", "document", "section", "snippet", "document_id", "fragments"], "properties": {
            "rank": {"type": "integer"}, "score": {"type": "number"}, "kind": {"type": "string"}, "source": {"type": "string"},
            "document_index": {"type": "integer"}, "document": {"type": "string"}, "section": {"type": "string"},
            "snippet": {"type": "string", "description": "The passage with the matches in [ ] marks"},
            "more_in_document": {"type": "integer", "description": "How many more hits of this hit's document there are than the results list"},
            "document_id": {"type": "string"},
            "fragments": {"type": "array", "description": "The snippet split into matched and unmatched stretches", "items": {"type": "object", "required": ["text", "match"], "properties": {"text": {"type": "string"}, "match": {"type": "boolean"}}}},
            "duplicates": {"type": "integer", "description": "How many near-identical copies matched too and were folded into this hit; present when there are some, and with all=true on every hit (0)"},
            "duplicate_group": {"type": "integer", "description": "With all=true, the group of near-identical copies the hit belongs to, where it has copies"}}},
          "Document": {"type": "object", "required": ["document_id", "source", "document_index", "document", "metadata", "sections"], "properties": {
            "document_id": {"type": "string"}, "source": {"type": "string"}, "document_index": {"type": "integer"}, "document": {"type": "string"},
            "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
            "sections": {"type": "array", "items": {"$ref": "#/components/schemas/SectionNode"}}}},
          "SectionNode": {"type": "object", "required": ["section", "heading", "level", "text", "sections"], "properties": {
            "section": {"type": "string"}, "heading": {"type": "string"}, "level": {"type": "integer"}, "text": {"type": "string"},
            "sections": {"type": "array", "items": {"$ref": "#/components/schemas/SectionNode"}}}},
          "Statistic": {"type": "object", "required": ["source", "document_index", "document", "section", "text", "value", "max", "unit", "approx", "kind", "subject", "sentence"], "properties": {
            "source": {"type": "string"}, "document_index": {"type": "integer"}, "document": {"type": "string"}, "section": {"type": "string"},
            "text": {"type": "string"}, "value": {"type": "number", "nullable": true}, "max": {"type": "number", "nullable": true}, "unit": {"type": "string", "nullable": true},
            "approx": {"type": "boolean"}, "kind": {"type": "string"}, "subject": {"type": "string", "nullable": true}, "sentence": {"type": "string"},
            "indicator": {"type": "string", "nullable": true, "description": "What the figure measures, boilerplate removed and synonyms folded (地区生产总值 for 全市生产总值, GDP, 经济 in 经济增长)"},
            "aspect": {"type": "string", "enum": ["level", "change", "share"]}, "direction": {"type": "string", "nullable": true, "enum": ["up", "down"]},
            "role": {"type": "string", "enum": ["actual", "target", "other"]}, "period": {"type": "string", "nullable": true, "description": "The year or years the figure is about: 2025, 2021-2025"},
            "base_value": {"type": "number", "nullable": true, "description": "The value without its unit's multiplier: 996亿元 is 99600000000"}, "base_unit": {"type": "string", "nullable": true, "description": "The unit left: 元 for 亿元"},
            "start": {"type": "string", "nullable": true, "description": "A period's first date, ISO 8601 as precise as the text"}, "end": {"type": "string", "nullable": true, "description": "A period's last date"},
            "dimension": {"type": "string", "nullable": true, "description": "A table's figure: the row's label it is given for (江苏, 总计)"}}},
          "Citation": {"type": "object", "required": ["source", "document_index", "document", "section", "text", "law", "law_full", "article", "paragraph", "item", "kind", "resolved"], "properties": {
            "source": {"type": "string"}, "document_index": {"type": "integer"}, "document": {"type": "string"}, "section": {"type": "string"},
            "text": {"type": "string"}, "law": {"type": "string"}, "law_full": {"type": "string", "nullable": true},
            "article": {"type": "integer", "nullable": true}, "paragraph": {"type": "integer", "nullable": true}, "item": {"type": "integer", "nullable": true},
            "kind": {"type": "string", "enum": ["law", "regulation", "interpretation", "document"]}, "resolved": {"type": "string", "nullable": true, "description": "The cited article's text in the current version, where the law is in the index"},
            "article_suffix": {"type": "string", "nullable": true, "description": "之一, 之二 … where the article has one"}, "sentence": {"type": "string"},
            "check": {"type": "string", "enum": ["ok", "changed", "mismatch", "renumbered", "missing_article", "unknown_law"], "description": "Only with check=true, for a citation of an article"},
            "suggestion": {"type": "string", "nullable": true, "description": "Only with check=true: the article the sentence most likely means"},
            "note": {"type": "string", "description": "Only with check=true: why"}}},
          "Measure": {"type": "object", "required": ["source", "document_index", "document", "section", "ordinal", "headline", "text", "category", "items"], "properties": {
            "source": {"type": "string"}, "document_index": {"type": "integer"}, "document": {"type": "string"}, "section": {"type": "string"},
            "ordinal": {"type": "string"}, "headline": {"type": "string"}, "text": {"type": "string"}, "category": {"type": "string"},
            "items": {"type": "array", "items": {"type": "string"}},
            "cues": {"type": "string", "description": "Only with explain=true: the cue words of each category and how often they occur"}}},
          "MeasureSummary": {"type": "object", "description": "One document's measures counted per policy instrument", "required": ["source", "document_index", "document", "measures", "uncategorised"], "properties": {
            "source": {"type": "string"}, "document_index": {"type": "integer"}, "document": {"type": "string"}, "measures": {"type": "integer"},
            "uncategorised": {"type": "integer"}}, "additionalProperties": {"type": "integer", "description": "The count of one instrument"}},
          "StatisticPage": {"type": "object", "required": ["total", "offset", "limit", "results"], "properties": {"total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}, "results": {"type": "array", "items": {"$ref": "#/components/schemas/Statistic"}}}},
          "CitationPage": {"type": "object", "required": ["total", "offset", "limit", "results"], "properties": {"total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}, "results": {"type": "array", "items": {"$ref": "#/components/schemas/Citation"}}}},
          "MeasurePage": {"type": "object", "required": ["total", "offset", "limit", "results"], "properties": {"total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}, "results": {"type": "array", "items": {"$ref": "#/components/schemas/Measure"}}}},
          "MeasureSummaryPage": {"type": "object", "required": ["total", "offset", "limit", "results"], "properties": {"total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}, "results": {"type": "array", "items": {"$ref": "#/components/schemas/MeasureSummary"}}}}
        }
      }
    }
    """#
}
