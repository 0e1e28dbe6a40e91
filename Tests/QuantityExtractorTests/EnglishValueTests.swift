import ClaimsCore
import Testing

// Expected spans are Unicode scalar offsets computed outside Swift (Python code points).
// Counts quote the number and its hedge; the counted noun is the unit.

@Suite("English values")
struct EnglishValueTests {
    static let quantities: [Case] = [
        // A comma before one or two digits groups nothing: before a scale word it is a decimal comma.
        Case(language: "en", module: .quantities, text: "It raised 1,5 million euros.", expected: [
            Expected(kind: .money, text: "1,5 million euros", start: 10, end: 27, number: 1500000.0, unit: "EUR", display: "EUR 1.5 million"),
        ]),
        Case(language: "en", module: .quantities, text: "Microsoft invested $10 billion in OpenAI", expected: [
            Expected(kind: .money, text: "$10 billion", start: 19, end: 30, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
        ]),
        Case(language: "en", module: .quantities, text: "Revenue reached $10B last year", expected: [
            Expected(kind: .money, text: "$10B", start: 16, end: 20, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
        ]),
        Case(language: "en", module: .quantities, text: "The deal is worth €1.5bn", expected: [
            Expected(kind: .money, text: "€1.5bn", start: 18, end: 24, number: 1500000000.0, unit: "EUR", display: "EUR 1.5 billion"),
        ]),
        Case(language: "en", module: .quantities, text: "It raised US$ 5 million", expected: [
            Expected(kind: .money, text: "US$ 5 million", start: 10, end: 23, number: 5000000.0, unit: "USD", display: "USD 5 million"),
        ]),
        Case(language: "en", module: .quantities, text: "It costs USD 300", expected: [
            Expected(kind: .money, text: "USD 300", start: 9, end: 16, number: 300.0, unit: "USD", display: "USD 300"),
        ]),
        Case(language: "en", module: .quantities, text: "A fine of £3.5 billion", expected: [
            Expected(kind: .money, text: "£3.5 billion", start: 10, end: 22, number: 3500000000.0, unit: "GBP", display: "GBP 3.5 billion"),
        ]),
        // A scale after an ISO code, or its letter glued before one, as ledgers write them.
        Case(language: "en", module: .quantities, text: "It was 75 USD million", expected: [
            Expected(kind: .money, text: "75 USD million", start: 7, end: 21, number: 75e6, unit: "USD", display: "USD 75 million"),
        ]),
        Case(language: "en", module: .quantities, text: "A 30 MUSD deal", expected: [
            Expected(kind: .money, text: "30 MUSD", start: 2, end: 9, number: 30e6, unit: "USD", display: "USD 30 million"),
        ]),
        // Fractions of a currency: pence are the pound's; cents any currency's.
        Case(language: "en", module: .quantities, text: "A stamp costs 197 pence", expected: [
            Expected(kind: .money, text: "197 pence", start: 14, end: 23, number: 1.97, unit: "GBP", display: "GBP 1.97"),
        ]),
        Case(language: "en", module: .quantities, text: "It buys a 12-cent stamp", expected: [
            Expected(kind: .money, text: "12-cent", start: 10, end: 17, number: 0.12, unit: nil, display: "0.12"),
        ]),
        Case(language: "en", module: .quantities, text: "The ticket costs 300 dollars", expected: [
            Expected(kind: .money, text: "300 dollars", start: 17, end: 28, number: 300.0, unit: "USD", display: "USD 300"),
        ]),
        Case(language: "en", module: .quantities, text: "Debt rose to 2.5 trillion yuan", expected: [
            Expected(kind: .money, text: "2.5 trillion yuan", start: 13, end: 30, number: 2500000000000.0, unit: "CNY", display: "CNY 2.5 trillion"),
        ]),
        Case(language: "en", module: .quantities, text: "The city has 1,000,000 residents", expected: [
            Expected(kind: .count, text: "1,000,000", start: 13, end: 22, number: 1000000.0, unit: "residents", display: "1 million residents"),
        ]),
        // A magnitude scale written before its figure (M6.4) is a measure, not a code.
        Case(language: "en", module: .quantities, text: "The USGS put its magnitude at M6.4.", expected: [
            Expected(kind: .number, text: "6.4", start: 31, end: 34, number: 6.4, unit: nil, display: "6.4"),
        ]),
        Case(language: "en", module: .quantities, text: "Sales hit 12,345.67 units", expected: [
            Expected(kind: .number, text: "12,345.67", start: 10, end: 19, number: 12345.67, unit: "units", display: "12345.67 units"),
        ]),
        Case(language: "en", module: .quantities, text: "It sold 300 thousand copies", expected: [
            Expected(kind: .count, text: "300 thousand", start: 8, end: 20, number: 300000.0, unit: "copies", display: "300000 copies"),
        ]),
        Case(language: "en", module: .quantities, text: "The total was one million.", expected: [
            Expected(kind: .number, text: "one million", start: 14, end: 25, number: 1000000.0, display: "1 million"),
        ]),
        Case(language: "en", module: .quantities, text: "Unemployment fell to 3.5%", expected: [
            Expected(kind: .percentage, text: "3.5%", start: 21, end: 25, number: 3.5, unit: "percent", display: "3.5%"),
        ]),
        Case(language: "en", module: .quantities, text: "Support stood at 49 percent", expected: [
            Expected(kind: .percentage, text: "49 percent", start: 17, end: 27, number: 49.0, unit: "percent", display: "49%"),
        ]),
        Case(language: "en", module: .quantities, text: "Full-width ４９％ share", expected: [
            Expected(kind: .percentage, text: "４９％", start: 11, end: 14, number: 49.0, unit: "percent", display: "49%"),
        ]),
        Case(language: "en", module: .quantities, text: "Rates rose 5 percentage points", expected: [
            Expected(kind: .percentage, text: "5 percentage points", start: 11, end: 30, number: 5.0, unit: "percentage points", display: "5 percentage points"),
        ]),
        Case(language: "en", module: .quantities, text: "It has 120 million monthly users", expected: [
            Expected(kind: .count, text: "120 million", start: 7, end: 18, number: 120000000.0, unit: "monthly users", display: "120 million monthly users"),
        ]),
        Case(language: "en", module: .quantities, text: "Police arrested two suspects", expected: [
            Expected(kind: .count, text: "two", start: 16, end: 19, number: 2.0, unit: "suspects", display: "2 suspects"),
        ]),
        Case(language: "en", module: .quantities, text: "It has more than 120 million monthly users", expected: [
            Expected(kind: .count, text: "more than 120 million", start: 7, end: 28, number: 120000000.0, low: 120000000.0, high: 240000000.0, unit: "monthly users", hedge: "more than", display: "> 120 million monthly users"),
        ]),
        Case(language: "en", module: .quantities, text: "Over 1,000 jobs were cut", expected: [
            Expected(kind: .count, text: "Over 1,000", start: 0, end: 10, number: 1000.0, low: 1000.0, high: 2000.0, unit: "jobs", hedge: "more than", display: "> 1000 jobs"),
        ]),
        Case(language: "en", module: .quantities, text: "About 300 people were there", expected: [
            Expected(kind: .count, text: "About 300", start: 0, end: 9, number: 300.0, low: 270.0, high: 330.0, unit: "people", hedge: "about", display: "~300 people"),
        ]),
        Case(language: "en", module: .quantities, text: "It won nearly 50% of the vote", expected: [
            Expected(kind: .percentage, text: "nearly 50%", start: 7, end: 17, number: 50.0, low: 45.0, high: 55.0, unit: "percent", hedge: "about", display: "~50%"),
        ]),
        Case(language: "en", module: .quantities, text: "At least 12 people were killed", expected: [
            Expected(kind: .count, text: "At least 12", start: 0, end: 11, number: 12.0, low: 12.0, high: 24.0, unit: "people", hedge: "at least", display: "≥ 12 people"),
        ]),
        Case(language: "en", module: .quantities, text: "It cost less than $1 million", expected: [
            Expected(kind: .money, text: "less than $1 million", start: 8, end: 28, number: 1000000.0, low: 500000.0, high: 1000000.0, unit: "USD", hedge: "less than", display: "< USD 1 million"),
        ]),
        Case(language: "en", module: .quantities, text: "It employs up to 500 workers", expected: [
            Expected(kind: .count, text: "up to 500", start: 11, end: 20, number: 500.0, low: 250.0, high: 500.0, unit: "workers", hedge: "up to", display: "≤ 500 workers"),
        ]),
        Case(language: "en", module: .quantities, text: "They spent several billion dollars", expected: [
            Expected(kind: .money, text: "several billion dollars", start: 11, end: 34, number: nil, low: 2000000000.0, high: 9000000000.0, unit: "USD", hedge: "vague", display: "USD 2–9 billion"),
        ]),
        Case(language: "en", module: .quantities, text: "Sales grew 3 times", expected: []),
        Case(language: "en", module: .quantities, text: "A $300k bonus", expected: [
            Expected(kind: .money, text: "$300k", start: 2, end: 7, number: 300000.0, unit: "USD", display: "USD 300000"),
        ]),
        Case(language: "en", module: .quantities, text: "Debt of $1.2tn", expected: [
            Expected(kind: .money, text: "$1.2tn", start: 8, end: 14, number: 1200000000000.0, unit: "USD", display: "USD 1.2 trillion"),
        ]),
        Case(language: "en", module: .quantities, text: "Turnout was 49 per cent", expected: [
            Expected(kind: .percentage, text: "49 per cent", start: 12, end: 23, number: 49.0, unit: "percent", display: "49%"),
        ]),
        Case(language: "en", module: .quantities, text: "A grant of 5 million euros", expected: [
            Expected(kind: .money, text: "5 million euros", start: 11, end: 26, number: 5000000.0, unit: "EUR", display: "EUR 5 million"),
        ]),
        Case(language: "en", module: .quantities, text: "Roughly 300 people.", expected: [
            Expected(kind: .count, text: "Roughly 300", start: 0, end: 11, number: 300.0, low: 270.0, high: 330.0, unit: "people", hedge: "about", display: "~300 people"),
        ]),
        Case(language: "en", module: .quantities, text: "As many as 40 people.", expected: [
            Expected(kind: .count, text: "As many as 40", start: 0, end: 13, number: 40.0, low: 20.0, high: 40.0, unit: "people", hedge: "up to", display: "≤ 40 people"),
        ]),
        Case(language: "en", module: .quantities, text: "Written 1.000.000 people", expected: [
            Expected(kind: .count, text: "1.000.000", start: 8, end: 17, number: 1000000.0, unit: "people", display: "1 million people"),
        ]),
        Case(language: "en", module: .quantities, text: "Microsoft invested $10 billion in OpenAI in 2023, taking a 49% stake; ChatGPT has more than 100 million weekly users.", expected: [
            Expected(kind: .money, text: "$10 billion", start: 19, end: 30, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
            Expected(kind: .percentage, text: "49%", start: 59, end: 62, number: 49.0, unit: "percent", display: "49%"),
            Expected(kind: .count, text: "more than 100 million", start: 82, end: 103, number: 100000000.0, low: 100000000.0, high: 200000000.0, unit: "weekly users", hedge: "more than", display: "> 100 million weekly users"),
        ]),
        Case(language: "en", module: .quantities, text: "The economy grew 5.2% in 2023, while unemployment fell 0.3 percentage points to about 5%.", expected: [
            Expected(kind: .percentage, text: "5.2%", start: 17, end: 21, number: 5.2, unit: "percent", display: "5.2%"),
            Expected(kind: .percentage, text: "0.3 percentage points", start: 55, end: 76, number: 0.3, unit: "percentage points", display: "0.3 percentage points"),
            Expected(kind: .percentage, text: "about 5%", start: 80, end: 88, number: 5.0, low: 4.5, high: 5.5, unit: "percent", hedge: "about", display: "~5%"),
        ]),
        Case(language: "en", module: .quantities, text: "She finished 18th", expected: []),
        Case(language: "en", module: .quantities, text: "Just one suspect", expected: []),
    ]

    static let multipliersRanks: [Case] = [
        Case(language: "en", module: .multipliersRanks, text: "Sales grew twice as fast", expected: [
            Expected(kind: .multiplier, text: "twice", start: 11, end: 16, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "Profit rose threefold", expected: [
            Expected(kind: .multiplier, text: "threefold", start: 12, end: 21, number: 3.0, unit: "times", display: "×3"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "Sales grew 3 times", expected: [
            Expected(kind: .multiplier, text: "3 times", start: 11, end: 18, number: 3.0, unit: "times", display: "×3"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "It is 1.5 times larger", expected: [
            Expected(kind: .multiplier, text: "1.5 times", start: 6, end: 15, number: 1.5, unit: "times", display: "×1.5"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "A 10-fold rise", expected: [
            Expected(kind: .multiplier, text: "10-fold", start: 2, end: 9, number: 10.0, unit: "times", display: "×10"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "It runs 3x faster", expected: [
            Expected(kind: .multiplier, text: "3x", start: 8, end: 10, number: 3.0, unit: "times", display: "×3"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "Revenue doubled", expected: [
            Expected(kind: .multiplier, text: "doubled", start: 8, end: 15, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "It is two times larger", expected: [
            Expected(kind: .multiplier, text: "two times", start: 6, end: 15, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "Output tripled in a year", expected: [
            Expected(kind: .multiplier, text: "tripled", start: 7, end: 14, number: 3.0, unit: "times", display: "×3"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "She finished 18th", expected: [
            Expected(kind: .rank, text: "18th", start: 13, end: 17, number: 18.0, unit: "rank", display: "#18"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "The 1st and 2nd place", expected: [
            Expected(kind: .rank, text: "1st", start: 4, end: 7, number: 1.0, unit: "rank", display: "#1"),
            Expected(kind: .rank, text: "2nd", start: 12, end: 15, number: 2.0, unit: "rank", display: "#2"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "It is ranked No. 1 worldwide", expected: [
            Expected(kind: .rank, text: "No. 1", start: 13, end: 18, number: 1.0, unit: "rank", display: "#1"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "He tried it one time", expected: []),
        // The day of a month is the date's: no rank in "May 4th", one in "4th in May".
        Case(language: "en", module: .multipliersRanks, text: "On May 4th she came 4th in May", expected: [
            Expected(kind: .rank, text: "4th", start: 20, end: 23, number: 4.0, unit: "rank", display: "#4"),
        ]),
        Case(language: "en", module: .multipliersRanks, text: "Revenue grew 49%", expected: []),
        Case(language: "en", module: .multipliersRanks, text: "Sales doubled, profit rose threefold and the firm is now ranked No. 3 after finishing 21st.", expected: [
            Expected(kind: .multiplier, text: "doubled", start: 6, end: 13, number: 2.0, unit: "times", display: "×2"),
            Expected(kind: .multiplier, text: "threefold", start: 27, end: 36, number: 3.0, unit: "times", display: "×3"),
            Expected(kind: .rank, text: "No. 3", start: 64, end: 69, number: 3.0, unit: "rank", display: "#3"),
            Expected(kind: .rank, text: "21st", start: 86, end: 90, number: 21.0, unit: "rank", display: "#21"),
        ]),
    ]

    /// Identifiers, dates, times, durations, page furniture, idioms and lone "one": no value from either module.
    static let notFigures: [String] = [
        // A letter before a whole number is a code: a chip, a road.
        "Apple's M3 chips",
        "on the M5 motorway",
        "OpenAI released GPT-4 today",
        "The older GPT-3.5 model",
        "Meta released Llama 2 70B for free",
        "Upgrade to Office 365 now",
        "The A320 landed safely",
        "A Boeing 737 landed safely",
        "See https://example.com/img/2023/06/photo123.jpg for details",
        "Visit www.x.com/2 today",
        "Commit 45c7622f861a0cf2 was merged",
        "Call 0912345678 now",
        "Call 13800138000 now",
        "Dated 2023.06.17",
        "Dated 17/6/2023",
        "Dated 2023-06-17",
        "At 10:39 local time",
        "At 21:15 UTC+8",
        "At 9:40 p.m. GMT-5",
        "It happened in 2019",
        "It lasted six years",
        "It took 12 months",
        "1. News\n2. Sports",
        "  5. 5",
        "Photo (1) shows the scene",
        "Updated 7 hours ago",
        "He is one of us",
        "New COVID-19 cases",
        "Upgrade to Windows 11 today",
    ]

    @Test("quantities", arguments: quantities)
    func quantity(_ testCase: Case) throws { try check(testCase) }

    @Test("multipliers and ranks", arguments: multipliersRanks)
    func multiplierOrRank(_ testCase: Case) throws { try check(testCase) }

    @Test("not figures", arguments: notFigures)
    func notFigure(_ text: String) throws { try checkNothing(text, language: "en") }
}
