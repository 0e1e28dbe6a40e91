import ClaimsCore
import Testing

// Expected spans are Unicode scalar offsets computed outside Swift (Python code points).
// Counts quote the number and its hedge; the counted noun is the unit.

@Suite("Vietnamese values")
struct VietnameseValueTests {
    static let quantities: [Case] = [
        // Units glued to their digits are what they measure, not a code; 10k is still ten thousand.
        Case(language: "vi", module: .quantities, text: "Tâm chấn ở độ sâu 10km, cách 16km.", expected: [
            Expected(kind: .count, text: "10km", start: 18, end: 22, number: 10.0, unit: "km", display: "10 km"),
            Expected(kind: .count, text: "16km", start: 29, end: 33, number: 16.0, unit: "km", display: "16 km"),
        ]),
        // "năm" is five before a counted noun.
        Case(language: "vi", module: .quantities, text: "Cảnh sát bắt giữ năm nghi can.", expected: [
            Expected(kind: .count, text: "năm", start: 17, end: 20, number: 5.0, unit: "nghi can", display: "5 nghi can"),
        ]),
        Case(language: "vi", module: .quantities, text: "Doanh thu đạt 1.234.567 đồng", expected: [
            Expected(kind: .money, text: "1.234.567 đồng", start: 14, end: 28, number: 1234567.0, unit: "VND", display: "VND 1.235 million"),
        ]),
        Case(language: "vi", module: .quantities, text: "Lạm phát tăng 10,5%", expected: [
            Expected(kind: .percentage, text: "10,5%", start: 14, end: 19, number: 10.5, unit: "percent", display: "10.5%"),
        ]),
        Case(language: "vi", module: .quantities, text: "Dân số 1,000,000 người", expected: [
            Expected(kind: .count, text: "1,000,000", start: 7, end: 16, number: 1000000.0, unit: "người", display: "1 million người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Có 1.500 người", expected: [
            Expected(kind: .count, text: "1.500", start: 3, end: 8, number: 1500.0, unit: "người", display: "1500 người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Tỷ lệ ４９％", expected: [
            Expected(kind: .percentage, text: "４９％", start: 6, end: 9, number: 49.0, unit: "percent", display: "49%"),
        ]),
        Case(language: "vi", module: .quantities, text: "Microsoft đầu tư 10 tỷ USD", expected: [
            Expected(kind: .money, text: "10 tỷ USD", start: 17, end: 26, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Khoản vay 10 tỉ đô la Mỹ", expected: [
            Expected(kind: .money, text: "10 tỉ đô la Mỹ", start: 10, end: 24, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Giá 500 nghìn đồng", expected: [
            Expected(kind: .money, text: "500 nghìn đồng", start: 4, end: 18, number: 500000.0, unit: "VND", display: "VND 500000"),
        ]),
        Case(language: "vi", module: .quantities, text: "Thu về 3 ngàn tỷ đồng", expected: [
            Expected(kind: .money, text: "3 ngàn tỷ đồng", start: 7, end: 21, number: 3000000000000.0, unit: "VND", display: "VND 3 trillion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Lỗ 7,5 tỷ đô la", expected: [
            Expected(kind: .money, text: "7,5 tỷ đô la", start: 3, end: 15, number: 7500000000.0, unit: "USD", display: "USD 7.5 billion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Dự án 2 tỷ EUR", expected: [
            Expected(kind: .money, text: "2 tỷ EUR", start: 6, end: 14, number: 2000000000.0, unit: "EUR", display: "EUR 2 billion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Vốn US$5 triệu", expected: [
            Expected(kind: .money, text: "US$5 triệu", start: 4, end: 14, number: 5000000.0, unit: "USD", display: "USD 5 million"),
        ]),
        Case(language: "vi", module: .quantities, text: "Có 1,5 triệu người", expected: [
            Expected(kind: .count, text: "1,5 triệu", start: 3, end: 12, number: 1500000.0, unit: "người", display: "1.5 million người"),
        ]),
        // A point before one or two digits groups nothing; before a scale word it is the other
        // habit's decimal point, not a date (2.5 is 2 May) or a version.
        Case(language: "vi", module: .quantities, text: "Có 2.5 triệu người", expected: [
            Expected(kind: .count, text: "2.5 triệu", start: 3, end: 12, number: 2500000.0, unit: "người", display: "2.5 million người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Lỗ 1.2 tỷ USD", expected: [
            Expected(kind: .money, text: "1.2 tỷ USD", start: 3, end: 13, number: 1200000000.0, unit: "USD", display: "USD 1.2 billion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Phiên bản 2.5 ra mắt hôm qua", expected: []),
        // "tư" (four) only continues a number: "đầu tư" is to invest; a fraction's denominator continues one.
        Case(language: "vi", module: .quantities, text: "Vốn đầu tư đạt 10 tỷ USD", expected: [
            Expected(kind: .money, text: "10 tỷ USD", start: 15, end: 24, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Nhà đầu tư nước ngoài và ngày mốt", expected: []),
        Case(language: "vi", module: .quantities, text: "Có một phần tư dân số", expected: [
            Expected(kind: .number, text: "một phần tư", start: 3, end: 14, number: 0.25, unit: "dân số", display: "0.25 dân số"),
        ]),
        Case(language: "vi", module: .quantities, text: "Có hai trăm người", expected: [
            Expected(kind: .count, text: "hai trăm", start: 3, end: 11, number: 200.0, unit: "người", display: "200 người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Chiếm 49 phần trăm", expected: [
            Expected(kind: .percentage, text: "49 phần trăm", start: 6, end: 18, number: 49.0, unit: "percent", display: "49%"),
        ]),
        Case(language: "vi", module: .quantities, text: "Lãi suất giảm 2 điểm phần trăm", expected: [
            Expected(kind: .percentage, text: "2 điểm phần trăm", start: 14, end: 30, number: 2.0, unit: "percentage points", display: "2 percentage points"),
        ]),
        Case(language: "vi", module: .quantities, text: "Tăng 0,5 điểm phần trăm", expected: [
            Expected(kind: .percentage, text: "0,5 điểm phần trăm", start: 5, end: 23, number: 0.5, unit: "percentage points", display: "0.5 percentage points"),
        ]),
        Case(language: "vi", module: .quantities, text: "Trang web có 13 triệu lượt truy cập mỗi tháng", expected: [
            Expected(kind: .count, text: "13 triệu", start: 13, end: 21, number: 13000000.0, unit: "lượt truy cập", display: "13 million lượt truy cập"),
        ]),
        Case(language: "vi", module: .quantities, text: "Cảnh sát bắt hai nghi phạm", expected: [
            Expected(kind: .count, text: "hai", start: 13, end: 16, number: 2.0, unit: "nghi phạm", display: "2 nghi phạm"),
        ]),
        Case(language: "vi", module: .quantities, text: "Mua lại ba công ty", expected: [
            Expected(kind: .count, text: "ba", start: 8, end: 10, number: 3.0, unit: "công ty", display: "3 công ty"),
        ]),
        Case(language: "vi", module: .quantities, text: "Đạt hơn 10 tỷ USD", expected: [
            Expected(kind: .money, text: "hơn 10 tỷ USD", start: 4, end: 17, number: 10000000000.0, low: 10000000000.0, high: 20000000000.0, unit: "USD", hedge: "more than", display: "> USD 10 billion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Có khoảng 200 người", expected: [
            Expected(kind: .count, text: "khoảng 200", start: 3, end: 13, number: 200.0, low: 180.0, high: 220.0, unit: "người", hedge: "about", display: "~200 người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Ít nhất 5 người", expected: [
            Expected(kind: .count, text: "Ít nhất 5", start: 0, end: 9, number: 5.0, low: 5.0, high: 10.0, unit: "người", hedge: "at least", display: "≥ 5 người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Giá dưới 1 triệu đồng", expected: [
            Expected(kind: .money, text: "dưới 1 triệu đồng", start: 4, end: 21, number: 1000000.0, low: 500000.0, high: 1000000.0, unit: "VND", hedge: "less than", display: "< VND 1 million"),
        ]),
        Case(language: "vi", module: .quantities, text: "Chiếm gần 50%", expected: [
            Expected(kind: .percentage, text: "gần 50%", start: 6, end: 13, number: 50.0, low: 45.0, high: 55.0, unit: "percent", hedge: "about", display: "~50%"),
        ]),
        Case(language: "vi", module: .quantities, text: "Có trên 1.000 người", expected: [
            Expected(kind: .count, text: "trên 1.000", start: 3, end: 13, number: 1000.0, low: 1000.0, high: 2000.0, unit: "người", hedge: "more than", display: "> 1000 người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Có hàng nghìn người", expected: [
            Expected(kind: .count, text: "hàng nghìn", start: 3, end: 13, number: nil, low: 1000.0, high: 9000.0, unit: "người", hedge: "vague", display: "1000–9000 người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Lãi 10.000 tỷ đồng", expected: [
            Expected(kind: .money, text: "10.000 tỷ đồng", start: 4, end: 18, number: 10000000000000.0, unit: "VND", display: "VND 10 trillion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Có một triệu người", expected: [
            Expected(kind: .count, text: "một triệu", start: 3, end: 12, number: 1000000.0, unit: "người", display: "1 million người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Có lên tới 5 triệu người", expected: [
            Expected(kind: .count, text: "lên tới 5 triệu", start: 3, end: 18, number: 5000000.0, low: 2500000.0, high: 5000000.0, unit: "người", hedge: "up to", display: "≤ 5 million người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Hơn 10 tỷ đồng", expected: [
            Expected(kind: .money, text: "Hơn 10 tỷ đồng", start: 0, end: 14, number: 10000000000.0, low: 10000000000.0, high: 20000000000.0, unit: "VND", hedge: "more than", display: "> VND 10 billion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Thu ve\u{302}\u{300} ho\u{31B}n 10 ty\u{309} đo\u{302}\u{300}ng", expected: [
            Expected(kind: .money, text: "ho\u{31B}n 10 ty\u{309} đo\u{302}\u{300}ng", start: 9, end: 27, number: 10000000000.0, low: 10000000000.0, high: 20000000000.0, unit: "VND", hedge: "more than", display: "> VND 10 billion"),
        ]),
        Case(language: "vi", module: .quantities, text: "Thu hút hàng trăm nghìn người", expected: [
            Expected(kind: .count, text: "hàng trăm nghìn", start: 8, end: 23, number: nil, low: 100000.0, high: 900000.0, unit: "người", hedge: "vague", display: "100000–900000 người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Có vài trăm người", expected: [
            Expected(kind: .count, text: "vài trăm", start: 3, end: 11, number: nil, low: 200.0, high: 900.0, unit: "người", hedge: "vague", display: "200–900 người"),
        ]),
        Case(language: "vi", module: .quantities, text: "Tăng 100 lần", expected: []),
        Case(language: "vi", module: .quantities, text: "Xếp thứ 18", expected: []),
        Case(language: "vi", module: .quantities, text: "Có một người", expected: []),
        Case(language: "vi", module: .quantities, text: "Theo Reuters, Microsoft đã đầu tư 10 tỷ USD vào OpenAI năm 2023, nắm 49% cổ phần; ChatGPT có hơn 100 triệu người dùng mỗi tuần.", expected: [
            Expected(kind: .money, text: "10 tỷ USD", start: 34, end: 43, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
            Expected(kind: .percentage, text: "49%", start: 69, end: 72, number: 49.0, unit: "percent", display: "49%"),
            Expected(kind: .count, text: "hơn 100 triệu", start: 93, end: 106, number: 100000000.0, low: 100000000.0, high: 200000000.0, unit: "người dùng", hedge: "more than", display: "> 100 million người dùng"),
        ]),
        Case(language: "vi", module: .quantities, text: "Năm 2023, GDP của Việt Nam tăng 5,05%, đạt khoảng 430 tỷ USD; thu nhập bình quân đầu người đạt 4.284 USD.", expected: [
            Expected(kind: .percentage, text: "5,05%", start: 32, end: 37, number: 5.05, unit: "percent", display: "5.05%"),
            Expected(kind: .money, text: "khoảng 430 tỷ USD", start: 43, end: 60, number: 430000000000.0, low: 387000000000.0, high: 473000000000.0, unit: "USD", hedge: "about", display: "~USD 430 billion"),
            Expected(kind: .money, text: "4.284 USD", start: 95, end: 104, number: 4284.0, unit: "USD", display: "USD 4284"),
        ]),
    ]

    static let multipliersRanks: [Case] = [
        Case(language: "vi", module: .multipliersRanks, text: "Doanh thu tăng 100 lần", expected: [
            Expected(kind: .multiplier, text: "100 lần", start: 15, end: 22, number: 100.0, unit: "times", display: "×100"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Lợi nhuận tăng hai lần", expected: [
            Expected(kind: .multiplier, text: "hai lần", start: 15, end: 22, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Giá lớn gấp đôi", expected: [
            Expected(kind: .multiplier, text: "gấp đôi", start: 8, end: 15, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Doanh thu tăng gấp đôi", expected: [
            Expected(kind: .multiplier, text: "tăng gấp đôi", start: 10, end: 22, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Cao gấp ba", expected: [
            Expected(kind: .multiplier, text: "gấp ba", start: 4, end: 10, number: 3.0, unit: "times", display: "×3"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Ta\u{306}ng ga\u{302}\u{301}p đo\u{302}i", expected: [
            Expected(kind: .multiplier, text: "Ta\u{306}ng ga\u{302}\u{301}p đo\u{302}i", start: 0, end: 16, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Tăng gấp rưỡi", expected: [
            Expected(kind: .multiplier, text: "gấp rưỡi", start: 5, end: 13, number: 1.5, unit: "times", display: "×1.5"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Gấp 3 lần", expected: [
            Expected(kind: .multiplier, text: "3 lần", start: 4, end: 9, number: 3.0, unit: "times", display: "×3"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Việt Nam xếp thứ 18", expected: [
            Expected(kind: .rank, text: "thứ 18", start: 13, end: 19, number: 18.0, unit: "rank", display: "#18"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Đội bóng đứng hạng 2", expected: [
            Expected(kind: .rank, text: "hạng 2", start: 14, end: 20, number: 2.0, unit: "rank", display: "#2"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Vào thứ hai tuần sau", expected: []),
        // A weekday written with a digit (lexicon: dates.numbered_weekdays, weekday_followers, cues).
        Case(language: "vi", module: .multipliersRanks, text: "Thứ 2, ngày 17/6 và vào thứ 3 tuần sau", expected: []),
        Case(language: "vi", module: .multipliersRanks, text: "Đội đứng thứ 3 thế giới", expected: [
            Expected(kind: .rank, text: "thứ 3", start: 9, end: 14, number: 3.0, unit: "rank", display: "#3"),
        ]),
        Case(language: "vi", module: .multipliersRanks, text: "Thứ Hai, 17/6/2023", expected: []),
        Case(language: "vi", module: .multipliersRanks, text: "Thử một lần", expected: []),
        Case(language: "vi", module: .multipliersRanks, text: "Chiếm 49%", expected: []),
        Case(language: "vi", module: .multipliersRanks, text: "Doanh thu quý 2 tăng gấp đôi, lợi nhuận tăng 3 lần và công ty xếp thứ 5 trong ngành.", expected: [
            Expected(kind: .multiplier, text: "tăng gấp đôi", start: 16, end: 28, number: 2.0, unit: "times", display: "×2"),
            Expected(kind: .multiplier, text: "3 lần", start: 45, end: 50, number: 3.0, unit: "times", display: "×3"),
            Expected(kind: .rank, text: "thứ 5", start: 66, end: 71, number: 5.0, unit: "rank", display: "#5"),
        ]),
    ]

    /// Identifiers, dates, times, durations, page furniture, idioms and lone "one": no value from either module.
    static let notFigures: [String] = [
        "OpenAI ra mắt GPT-4 hôm qua",
        "Mô hình GPT-3.5 cũ hơn",
        "Meta phát hành Llama 2 70B miễn phí",
        "Máy bay Boeing 737 hạ cánh",
        "Mã sản phẩm A320km và 10kmh",
        "Ảnh: https://example.com/img/2023/06/photo123.jpg",
        "Liên hệ 0912345678",
        "Ngày 2023.06.17",
        "Hôm nay 17/6/2023",
        "Ngày 28/10",
        "Lúc 10:39",
        "Vào năm 2019",
        "Trong tháng 7",
        "năm 2023 và 2024",
        "Kéo dài 5 tháng",
        "Sau 6 năm",
        "1. Tin tức\n2. Thể thao",
        "  5. 5",
        "Ảnh (1): hiện trường",
        "3 giờ trước",
        "Cập nhật 15 phút trước",
        "Một lần nữa",
        "Một số người",
        "Có một chút",
        "Quý 2/2023",
        "Lúc 17h30",
        "Lúc 14 giờ 50 phút",
        "Lúc 21h15 giờ GMT+7",
        "Ngày 17 tháng 6",
        // "năm" is the year, not five, beside the words that make it one.
        "Năm nay tăng trưởng chậm",
        "Nhiều năm kinh nghiệm",
        "Vào thứ năm tuần trước",
        "Hai năm qua",
        "Bị kết án 5 năm tù",
        "Trong năm học mới",
    ]

    @Test("quantities", arguments: quantities)
    func quantity(_ testCase: Case) throws { try check(testCase) }

    @Test("multipliers and ranks", arguments: multipliersRanks)
    func multiplierOrRank(_ testCase: Case) throws { try check(testCase) }

    @Test("not figures", arguments: notFigures)
    func notFigure(_ text: String) throws { try checkNothing(text, language: "vi") }
}
