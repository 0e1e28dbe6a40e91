import Testing

/// English. Most cases are dated Tuesday 2023-06-20; the China Daily case 2013-10-29.
let enCases: [DateCase] = [
    // Absolute dates
    DateCase("Markets rallied on ⟦June 17, 2023⟧ and again on ⟦17 June 2023⟧.", .day("2023-06-17"), .day("2023-06-17")),
    DateCase("Sales rose in ⟦June 2023⟧ and in ⟦June of 2022⟧.", .month("2023-06"), .month("2022-06")),
    DateCase("The deal closed on ⟦6/17/2023⟧; a second on ⟦17/6/2023⟧.", .day("2023-06-17"), .day("2023-06-17")),
    // Month first or day first: both readings are valid, so no interval.
    DateCase("A third closed on ⟦6/7/2023⟧.", .date(display: "2023-06-07 or 2023-07-06", from: nil, to: nil, precision: "day")),
    DateCase("Updated: ⟦2013-10-29 00:56⟧", published: "2013-10-29",
             .date(display: "2013-10-29 00:56", from: "2013-10-29 00:56", to: "2013-10-29 00:57", precision: "minute")),
    DateCase("It was founded in ⟦2015⟧ and restructured in ⟦2019⟧ and ⟦2020⟧.", .year(2015), .year(2019), .year(2020)),
    DateCase("Prices peaked in the ⟦1990s⟧ and over ⟦2019-2023⟧.", .span("1990s", "1990-01-01", "2000-01-01", "decade"),
             .span("2019–2023", "2019-01-01", "2024-01-01", "year")),
    DateCase("on ⟦June 17th⟧ and on the ⟦17th of June⟧", published: "2023-06-20", .day("2023-06-17"), .day("2023-06-17")),
    // The day in words; the month's name between the separators of a numeric date.
    DateCase("It began on ⟦January first 2000⟧ and ended ⟦May twenty-fifth, 2001⟧.", .day("2000-01-01"), .day("2001-05-25")),
    DateCase("Logged ⟦23/Sep/2020⟧, ⟦2020/Sep/23⟧ and ⟦2019-aug-01⟧.", .day("2020-09-23"), .day("2020-09-23"), .day("2019-08-01")),
    // A year before its quarter or half.
    DateCase("Sales in ⟦2017 Q1⟧ and ⟦2019-H2⟧ rose.", .span("2017 Q1", "2017-01-01", "2017-04-01", "quarter"),
             .span("2019 H2", "2019-07-01", "2020-01-01", "half")),
    // Partial dates
    DateCase("Growth slowed in ⟦early 2024⟧ and picked up by ⟦mid-2024⟧.", .span("2024 (early)", "2024-01-01", "2024-05-01", "year"),
             .span("2024 (mid)", "2024-05-01", "2024-09-01", "year")),
    DateCase("It launched in ⟦late June⟧.", published: "2023-06-20", .span("2023-06 (late)", "2023-06-21", "2023-07-01", "month")),
    DateCase("Revenue for ⟦Q2 2023⟧ and the ⟦second quarter of 2023⟧ beat forecasts.",
             .span("2023 Q2", "2023-04-01", "2023-07-01", "quarter"), .span("2023 Q2", "2023-04-01", "2023-07-01", "quarter")),
    DateCase("as did the ⟦first half of 2023⟧ and the ⟦end of 2023⟧", .span("2023 H1", "2023-01-01", "2023-07-01", "half"),
             .span("2023 (late)", "2023-09-01", "2024-01-01", "year")),
    DateCase("In the ⟦summer of 2023⟧, in ⟦fall 2022⟧ and in ⟦winter 2023⟧.", .span("2023 summer", "2023-06-01", "2023-09-01", "season"),
             .span("2022 autumn", "2022-09-01", "2022-12-01", "season"), .span("2023 winter", "2023-12-01", "2024-03-01", "season")),
    DateCase("⟦Fiscal 2023⟧ results and ⟦FY2024⟧ guidance", .date(display: "FY2023", from: nil, to: nil, precision: "year"),
             .date(display: "FY2024", from: nil, to: nil, precision: "year")),
    // Ranges: one interval; a side without a year takes the other's (Nov-Feb 2017 starts in 2016).
    DateCase("Sales fell ⟦from January to April 2015⟧ and ⟦Nov-Feb 2017⟧.",
             .span("2015-01 – 2015-04", "2015-01-01", "2015-05-01", "month"), .span("2016-11 – 2017-02", "2016-11-01", "2017-03-01", "month")),
    DateCase("The fair ran ⟦June 5-9, 2019⟧, the talks ⟦Nov 18-Dec 19, 2015⟧ and ⟦between 2019 and 2021⟧ prices doubled.",
             .span("2019-06-05 – 2019-06-09", "2019-06-05", "2019-06-10", "day"),
             .span("2015-11-18 – 2015-12-19", "2015-11-18", "2015-12-20", "day"), .span("2019 – 2021", "2019-01-01", "2022-01-01", "year")),
    DateCase("Bands play from ⟦27-29 June⟧ and ⟦29-31 August next year⟧.", published: "2018-06-01",
             .span("2018-06-27 – 2018-06-29", "2018-06-27", "2018-06-30", "day"), .span("2019-08-29 – 2019-08-31", "2019-08-29", "2019-09-01", "day")),
    // A lower-case month is one beside a year or a day; "may" alone is a verb. ISO year-months
    // unless the digits may be a span of years (2010-11).
    DateCase("I'll be out ⟦april 2017⟧, back ⟦june of 1992⟧, then ⟦2015-3⟧ and ⟦2015-12⟧.", .month("2017-04"), .month("1992-06"),
             .month("2015-03"), .month("2015-12")),
    DateCase("You may 2 times march on; the 2010-11 season; On ⟦March 3⟧ - 5 people died", published: "2018-06-01", .day("2018-03-03")),
    // Holidays: a fixed day, or counted from Easter Sunday; with a year, last/next, or the nearest.
    DateCase("Sales peaked at ⟦Christmas 2019⟧, ⟦easter 2018⟧ and ⟦last Easter⟧; ⟦three months after Easter⟧ prices fell.",
             published: "2019-06-01", .day("2019-12-25"), .day("2018-04-01"), .day("2019-04-21"), .day("2019-07-21")),
    DateCase("Happy new year, may the easter bunny come."),
    // ISO weeks and quarters counted from the publication date's.
    DateCase("Sales rose in ⟦week 31⟧ and ⟦week 27 of last year⟧, and will ⟦next quarter⟧; every week 3 times.", published: "2018-06-01",
             .span("2018-07-30 – 2018-08-05", "2018-07-30", "2018-08-06", "day"), .span("2017-07-03 – 2017-07-09", "2017-07-03", "2017-07-10", "day"),
             .span("2018 Q3", "2018-07-01", "2018-10-01", "quarter")),
    // A weekday with its date in brackets is that date; a bracket without one leaves the weekday.
    DateCase("Talks open on ⟦Friday (Oct 4)⟧ and ⟦this friday (June 15)⟧; on ⟦Friday⟧ (a holiday) they met.", published: "2018-06-20",
             .day("2018-10-04"), .day("2018-06-15"), .day("2018-06-15")),
    // A month named after its year: with its day, or alone after a cue; not a name that begins with one.
    DateCase("I went back in ⟦2017 april⟧; the vote was ⟦2017 Apr 5th⟧. The 2017 March Madness final and, in ⟦2017⟧ Mayor Smith.",
             published: "2018-05-24", .month("2017-04"), .day("2017-04-05"), .year(2017)),
    // Halves of a month; a half of a year stays a half.
    DateCase("Sales rose in the ⟦first half of September⟧, fell in the ⟦first half of 2019⟧ and will in the ⟦second half of next month⟧.",
             published: "2019-09-10", .span("2019-09 (first half)", "2019-09-01", "2019-09-16", "month"),
             .span("2019 H1", "2019-01-01", "2019-07-01", "half"), .span("2019-10 (second half)", "2019-10-16", "2019-11-01", "month")),
    // A week or month of a year by its ordinal; not without the year, not past the year's end.
    DateCase("Sales fell in the ⟦3rd week of 2018⟧, the ⟦tenth week of last year⟧ and the ⟦third month of 2021⟧.", published: "2018-06-01",
             .span("2018-01-15 – 2018-01-21", "2018-01-15", "2018-01-22", "day"), .span("2017-03-06 – 2017-03-12", "2017-03-06", "2017-03-13", "day"),
             .month("2021-03")),
    DateCase("In the third week the 13th month of 2021 had not come; the 2nd week was calm.", published: "2018-06-01"),
    // A week of a month by its ordinal: its days 1 to 7, 8 to 14...; not a fifth week, not "of the trial".
    DateCase("Talks are set for the ⟦second week of January⟧ after the ⟦first week of March 2019⟧ went badly.", published: "2018-10-01",
             .span("2019-01-08 – 2019-01-14", "2019-01-08", "2019-01-15", "day"), .span("2019-03-01 – 2019-03-07", "2019-03-01", "2019-03-08", "day")),
    DateCase("In the fourth week of the trial and the 5th week of ⟦May⟧ nothing moved.", published: "2018-06-01", .month("2018-05")),
    // A day counted from another date, or from the publication day ("now").
    DateCase("The vote is ⟦three weeks from tomorrow⟧, ⟦2 weeks from January 15⟧ and ⟦3 days from now⟧.", published: "2018-06-01",
             .day("2018-06-23"), .day("2018-01-29"), .day("2018-06-04")),
    // "for" makes it the stretch starting at that day.
    DateCase("Set it ⟦for 3 days from today⟧; schools will close ⟦for two weeks from Monday⟧; he stayed ⟦for 3 days⟧ after the storm.",
             published: "2018-05-23", .span("2018-05-23 – 2018-05-25", "2018-05-23", "2018-05-26", "day"),
             .span("2018-05-28 – 2018-06-10", "2018-05-28", "2018-06-11", "day"), .lasting("3 days", 3, "day")),
    DateCase("It closed ⟦two years after 2011⟧, ⟦two months after next Friday⟧; ⟦10 days⟧ after the attack.", published: "2018-06-01",
             .year(2013), .day("2018-08-08"), .lasting("10 days", 10, "day")),
    // The next or previous stretch of time: days, weeks, months and years run from the
    // publication day; quarters and decades are whole ones. "The past/last N" stays a duration.
    DateCase("It will invest over the ⟦next five years⟧; sales fell in the ⟦previous three quarters⟧.", published: "2018-08-30",
             .span("2018-08-31…2023-08-30", "2018-08-31", "2023-08-31", "day"), .span("2017-10…2018-06", "2017-10-01", "2018-07-01", "month")),
    DateCase("Prices may rise in the ⟦2 upcoming months⟧ and the ⟦following 2 quarters⟧, and for the ⟦next two decades⟧.",
             published: "2019-07-04", .span("2019-07-05…09-04", "2019-07-05", "2019-09-05", "day"),
             .span("2019-10…2020-03", "2019-10-01", "2020-04-01", "month"), .span("2020–2039", "2020-01-01", "2040-01-01", "year")),
    DateCase("The talks took ⟦2½ years⟧.", .lasting("2.5 years", 2.5, "year")),
    // One amount in parts: in its largest unit, or, before "ago", in its smallest where the
    // units convert exactly. After "for the last", "and 2 days ago" is another date.
    DateCase("He was jailed ⟦for 2 years and 6 months⟧; it happened ⟦2 weeks and 2 days ago⟧.", published: "2016-11-07",
             .lasting("2 years 6 months", 2.5, "year"), .day("2016-10-22")),
    DateCase("They worked for ⟦the last 3 months⟧ and ⟦2 days ago⟧ found it.", published: "2016-11-07",
             .lasting("3 months", 3, "month"), .day("2016-11-05")),
    DateCase("Profit fell ⟦in the last 2 quarters⟧; a forthcoming ⟦3 years⟧ of cuts.", published: "2019-07-04",
             .lasting("2 quarters", 2, "quarter"), .lasting("3 years", 3, "year")),
    // Relative dates
    DateCase("⟦Last year⟧ the firm grew; ⟦this year⟧ it shrank.", published: "2023-06-20", .year(2022), .year(2023)),
    DateCase("⟦Last month⟧ it hired, ⟦yesterday⟧ it fired.", published: "2023-06-20", .month("2023-05"), .day("2023-06-19")),
    DateCase("⟦yesterday⟧", published: "2023-06", .span("2023-05-31…06-29", "2023-05-31", "2023-06-30", "month")),
    DateCase("⟦yesterday⟧", .unresolved("yesterday (unresolved)", "day")),
    DateCase("a jeep crashed into a crowd in downtown Beijing on ⟦Monday⟧.", published: "2013-10-29", .day("2013-10-28")),
    DateCase("It happened ⟦last Monday⟧ and will again ⟦next June⟧.", published: "2023-06-20", .day("2023-06-19"), .month("2024-06")),
    // Centuries by number and relative to publication.
    DateCase("Built in the ⟦19th century⟧ and restored ⟦last century⟧.", published: "2023-06-17",
             .span("1800–1899", "1800-01-01", "1900-01-01", "century"), .span("1900–1999", "1900-01-01", "2000-01-01", "century")),
    // Years and days in words; "May twenty people" is no date.
    DateCase("She was born on ⟦January twenty five nineteen eighty six⟧, he on ⟦twenty five January nineteen eighty six⟧.", published: "2019-05-30",
             .day("1986-01-25"), .day("1986-01-25")),
    DateCase("It met in ⟦October two thousand and five⟧, ⟦May twenty twenty⟧ and ⟦6 April seventeen hundred thirty three⟧; in ⟦May⟧ twenty people died.",
             published: "2019-05-30", .month("2005-10"), .month("2020-05"), .day("1733-04-06"), .month("2019-05")),
    // A year after a range none of whose sides has one belongs to both.
    DateCase("It runs ⟦from 26 june to 28 june in 2020⟧, ⟦from June 5 to June 9⟧ in the capital.", published: "2018-06-01",
             .span("2020-06-26 – 2020-06-28", "2020-06-26", "2020-06-29", "day"), .span("2018-06-05 – 2018-06-09", "2018-06-05", "2018-06-10", "day")),
    // A holiday's words inside another name are not that holiday.
    DateCase("Prices rose before the Lunar New Year holiday and Chinese New Year; The Good Friday agreement held on ⟦Christmas Day⟧.",
             published: "2018-06-01", .day("2017-12-25")),
    // A weekday in a sentence about what will happen is the next one; otherwise the last.
    DateCase("The storm will make landfall on ⟦Tuesday⟧. It hit the Philippines on ⟦Sunday⟧.", published: "2022-09-26",
             .day("2022-09-27"), .day("2022-09-25")),
    // "in two days" in a sentence about what will happen is a day from publication; otherwise a
    // length of time ("within 2 days" always is).
    DateCase("He will be back ⟦in two days⟧ and I'll go ⟦in 2 weeks⟧. Sales grew in ⟦two years⟧.", published: "2018-06-01",
             .day("2018-06-03"), .day("2018-06-15"), .lasting("2 years", 2, "year")),
    // A weekday with its week, either way round; next Friday is next week's, even on a Thursday.
    DateCase("The vote is ⟦next Friday⟧, talks resume ⟦Friday next week⟧ and ⟦next week on Tuesday⟧; they met ⟦tuesday of last week⟧ and ⟦last Wednesday⟧.",
             published: "2018-06-01", .day("2018-06-08"), .day("2018-06-08"), .day("2018-06-05"), .day("2018-05-22"), .day("2018-05-30")),
    DateCase("It opens ⟦next Friday⟧.", published: "2019-01-31", .day("2019-02-08")),
    // Weekends: the last, or the next in a sentence about what will happen; not "a weekend of",
    // "every weekend", "weekends".
    DateCase("It happened over the ⟦weekend⟧; rain is expected ⟦this weekend⟧ and ⟦next weekend⟧. A weekend of violence, every weekend, on weekends.",
             published: "2018-06-13", .span("2018-06-09…06-10", "2018-06-09", "2018-06-11", "day"),
             .span("2018-06-16…06-17", "2018-06-16", "2018-06-18", "day"), .span("2018-06-23…06-24", "2018-06-23", "2018-06-25", "day")),
    DateCase("The dinner will be at the ⟦weekend⟧.", published: "2018-06-13", .span("2018-06-16…06-17", "2018-06-16", "2018-06-18", "day")),
    // The nth weekday of a month.
    DateCase("The vote is on the ⟦first Tuesday of November⟧; they met on the ⟦last Monday in April 2019⟧ and ⟦last Monday⟧.",
             published: "2019-07-30", .day("2019-11-05"), .day("2019-04-29"), .day("2019-07-29")),
    // A weekday and its day of the month: the nearest such day on that weekday.
    DateCase("Coffee on ⟦tuesday the eleventh⟧, the vote on ⟦Wednesday the 31st⟧.", published: "2019-06-10",
             .day("2019-06-11"), .day("2019-07-31")),
    // "next week" after a number is a date of its own, not "the next 3 weeks".
    DateCase("We will be only 3 ⟦next week⟧.", published: "2016-11-07", .span("week of 2016-11-14", "2016-11-14", "2016-11-21", "week")),
    DateCase("⟦Last summer⟧ was hot.", published: "2023-06-20", .span("2022 summer", "2022-06-01", "2022-09-01", "season")),
    DateCase("⟦Five months ago⟧ it bought a rival; ⟦a year ago⟧ it sold one.", published: "2023-06-20", .month("2023-01"), .year(2022)),
    DateCase("He said in ⟦May⟧ that prices may rise.", published: "2023-06-20", .month("2023-05")),
    // Durations
    // Seconds and decades are units of time too.
    DateCase("The quake shook ⟦for 40 seconds⟧, the worst in ⟦two decades⟧.", .lasting("40 seconds", 40, "second"), .lasting("2 decades", 2, "decade")),
    DateCase("It has operated ⟦for six years⟧, ⟦over the past 12 months⟧ and ⟦for about 10 hours⟧.", .lasting("6 years", 6, "year"),
             .lasting("12 months", 12, "month"), .lasting("~10 hours", 10, "hour")),
    // A decimal point that starts its token belongs to the amount, span and value alike.
    DateCase("The repair took ⟦.5 hours⟧.", .lasting("0.5 hours", 0.5, "hour")),
    DateCase("Traffic returned to normal ⟦an hour⟧ later; the talks took ⟦two weeks⟧.", .lasting("1 hour", 1, "hour"), .lasting("2 weeks", 2, "week")),
    DateCase("a ⟦12-month⟧ plan and ⟦more than 10 years⟧", .lasting("12 months", 12, "month"), .lasting("> 10 years", 10, "year")),
    // A day of the month as an ordinal after "on the"; not a rank of what follows it.
    DateCase("The accident occurred on the ⟦29th at 9:03 a.m. local time⟧.", published: "2024-12-30", .at("2024-12-29 09:03", zone: "local")),
    DateCase("The fire started on the 5th floor and spread on the 2nd day.", published: "2024-12-30"),
    // Traps
    DateCase("7 hours ago\nStocks rose."),
    DateCase("GPT-4 and Llama 2 70B; see https://example.com/2023/06/17/story or call 0912 345 678."),
    DateCase("A 10-year-old boy. Twice a year. One day he left. 2023 was a big year."),
    DateCase("1. Introduction\n2. Score 3-1, half 1/2, at ⟦12:05 pm⟧.", .unresolved("today 12:05 (unresolved)", "minute")),
    DateCase("A survey of 2000 respondents rose to 1950 points; around 2000 people came."),
    DateCase("In ⟦2019⟧, 2000 people died; in ⟦2019⟧, ⟦2020⟧ and ⟦2021⟧ it grew.", .year(2019), .year(2019), .year(2020), .year(2021)),
]

@Test("en dates and durations", arguments: enCases)
func english(_ c: DateCase) { check(c, language: "en") }
