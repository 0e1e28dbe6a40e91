import Foundation

/// Guesses a source's language when no manifest or option gives it: Han text is Chinese,
/// told Simplified from Traditional by characters that differ between the two; Latin text with
/// Vietnamese letters is Vietnamese; other Latin text is English.
public enum LanguageGuesser {
    /// Frequent characters that exist only in the simplified or only in the traditional form.
    static let simplifiedOnly: Set<Unicode.Scalar> = Set("这们说发国会时对为与来个经软资过还开关长东问无门间让动实现进产业网报币亿万两购债权导应别术师条众总结变认义务样见边头广历传单统区员电视题领书记觉习险银钱质运营际杂转并连线级层张车观点".unicodeScalars)
    static let traditionalOnly: Set<Unicode.Scalar> = Set("這們說發國會時對為與來個經軟資過還開關長東問無門間讓動實現進產業網報幣億萬兩購債權導應別術師條眾總結變認義務樣見邊頭廣歷傳單統區員電視題領書記覺習險銀錢質運營際雜轉並連線級層張車觀點".unicodeScalars)
    /// Letters used in Vietnamese and rarely elsewhere.
    static let vietnamese: Set<Unicode.Scalar> = Set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ".unicodeScalars)

    public static func guess(_ text: String) -> String? {
        var han = 0, latin = 0, viet = 0, simplified = 0, traditional = 0
        var seen = 0
        // Vietnamese letters are listed precomposed; text written with combining accents is
        // composed first (only a bounded prefix is read).
        let sample = String(text.unicodeScalars.prefix(200_000)).precomposedStringWithCanonicalMapping
        for scalar in sample.unicodeScalars {
            seen += 1
            if ScalarClass.isHan(scalar) {
                han += 1
                if simplifiedOnly.contains(scalar) { simplified += 1 } else if traditionalOnly.contains(scalar) { traditional += 1 }
            } else if ScalarClass.isLetter(scalar) {
                latin += 1
                if vietnamese.contains(scalar) { viet += 1 }
            }
        }
        if han == 0 && latin == 0 { return nil }
        // Han characters carry about a word each, Latin letters a fifth of one.
        if han * 5 >= latin {
            return traditional > simplified ? "zh-Hant" : "zh-Hans"
        }
        return viet * 50 >= latin ? "vi" : "en"
    }

    /// Maps a BCP 47 tag (from `<html lang>` or the command line) to the tags the modules use:
    /// zh-CN → zh-Hans, zh-TW/zh-HK → zh-Hant, vi-VN → vi, en-US → en.
    public static func normalize(tag: String) -> String {
        let parts = tag.replacingOccurrences(of: "_", with: "-").split(separator: "-").map { $0.lowercased() }
        guard let primary = parts.first else { return tag }
        if primary == "zh" {
            let rest = Set(parts.dropFirst())
            if rest.contains("hant") || rest.contains("tw") || rest.contains("hk") || rest.contains("mo") { return "zh-Hant" }
            return "zh-Hans"
        }
        return primary
    }
}
