import TextNormalization

/// The most frequent characters of modern written Chinese (simplified forms), used to tell a right
/// decoding from a wrong one: GB18030 bytes read as Big5, or Big5 bytes read as GB18030, often decode
/// without error but into rare characters, while the right decoding — folded to simplified, so that
/// Big5's traditional characters count too — is dominated by these.
enum CommonCharacters {
    private static let characters = """
        的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她\
        里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老\
        从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机\
        给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产\
        入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提\
        感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛\
        林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权\
        往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式\
        李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据\
        导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切团养群维护支措施度作务育别镇村\
        县省府织责核宣律规例见知案推善查处罚励扶助障环境质效率增减障策划贯彻落级督检照执项目标准
        """

    /// One flag per BMP code unit: whether it is one of `characters`.
    private static let table: [Bool] = {
        var table = [Bool](repeating: false, count: 0x10000)
        for unit in characters.utf16 { table[Int(unit)] = true }
        return table
    }()

    /// The share of non-ASCII characters in `units` that are common Chinese characters once folded.
    static func score(_ units: [UInt16]) -> Double {
        let folded = FoldedText.folded(utf16: units)
        var common = 0
        var nonASCII = 0
        for unit in folded where unit >= 0x80 {
            nonASCII += 1
            if table[Int(unit)] { common += 1 }
        }
        return nonASCII == 0 ? 0 : Double(common) / Double(nonASCII)
    }
}
