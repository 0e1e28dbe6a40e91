import Foundation

/// All value lexicons of a workbench, merged per language on demand.
public struct ValueLexicons: Sendable {
    let files: [(name: String, file: File)]
    /// The trap words of every file, merged once.
    let trapWords: TrapWords
    /// Lower-cased, without their final period: every file's `sentences.abbreviations` and month
    /// abbreviations. A text is split with all of them whatever its language (a Vietnamese report
    /// quotes "Mr. Smith").
    public let abbreviations: Set<String>
    /// What tells a text's language, from every file's `script.distinctive`.
    public let guesser: LanguageGuesser

    init(files: [(name: String, file: File)]) {
        self.files = files
        trapWords = TrapWords(files.map(\.file))
        var abbreviations: Set<String> = []
        for file in files.map(\.file) {
            let words = (file.sentences?.abbreviations ?? []) + Array((file.dates?.monthAbbreviations ?? [:]).keys)
            for word in words {
                let lower = word.lowercased()
                abbreviations.insert(lower.hasSuffix(".") ? String(lower.dropLast()) : lower)
            }
        }
        self.abbreviations = abbreviations
        var distinctive: [String: Set<Unicode.Scalar>] = [:]
        for file in files.map(\.file) {
            for (tag, characters) in file.script?.distinctive ?? [:] {
                distinctive[tag, default: []].formUnion(characters.precomposedStringWithCanonicalMapping.unicodeScalars)
            }
        }
        self.guesser = LanguageGuesser(distinctive: distinctive)
    }

    /// Reads every `*.yaml` file of the folders, in order; later files add to earlier ones.
    /// A file that cannot be parsed is an error naming it.
    public static func load(from directories: [URL]) throws(SourceError) -> ValueLexicons {
        var files: [(name: String, file: File)] = []
        for directory in directories {
            files += try load(from: directory).files
        }
        return ValueLexicons(files: files)
    }

    public static func load(from directory: URL) throws(SourceError) -> ValueLexicons {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw SourceError(source: directory.path, problem: "value lexicon folder cannot be read")
        }
        var files: [(name: String, file: File)] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = directory.appendingPathComponent(name)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                let (file, problems) = try Self.decodeStrictly(text)
                if let problem = problems.first { throw SourceError(source: url.path, problem: "not a valid value lexicon: \(problem)") }
                files.append((url.path, file))
            } catch let error as SourceError {
                throw error
            } catch {
                throw SourceError(source: url.path, problem: "not a valid value lexicon: \(Self.describe(error))")
            }
        }
        return ValueLexicons(files: files)
    }

    public static func parse(yaml: String, name: String = "lexicon") throws(SourceError) -> ValueLexicons {
        let file: File
        let problems: [String]
        do { (file, problems) = try decodeStrictly(yaml) } catch {
            throw SourceError(source: name, problem: "not a valid value lexicon: \(describe(error))")
        }
        if let problem = problems.first { throw SourceError(source: name, problem: "not a valid value lexicon: \(problem)") }
        return ValueLexicons(files: [(name, file)])
    }

    public static func describe(_ error: any Error) -> String {
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
    }

    /// Every language tag a file names.
    public var languageTags: Set<String> { Set(files.flatMap(\.file.languages)) }

    /// The merged lexicon for a language tag: files naming it, its primary subtag or `*`.
    public func lexicon(for language: String) -> ValueLexicon {
        let primary = String(language.split(separator: "-").first ?? "")
        var lexicon = ValueLexicon()
        lexicon.languages = [language]
        lexicon.traps = trapWords
        lexicon.abbreviations = abbreviations
        var dateLead: [String: [DateRole]] = [:]
        var dateTrail: [String: [DateTrail]] = [:]
        for (_, file) in files where file.languages.contains(where: { $0 == "*" || $0 == language || $0 == primary }) {
            if let numerals = file.numerals {
                if let decimal = numerals.decimal?.unicodeScalars.first { lexicon.decimalSeparator = decimal }
                if let group = numerals.group?.unicodeScalars.first { lexicon.groupSeparator = group }
                for (key, value) in numerals.digits ?? [:] { if let s = key.unicodeScalars.first { lexicon.hanDigits[s] = value } }
                for (key, value) in numerals.units ?? [:] { if let s = key.unicodeScalars.first { lexicon.hanUnits[s] = value } }
                for (key, value) in numerals.tens ?? [:] { if let s = key.unicodeScalars.first { lexicon.hanTens[s] = value } }
                lexicon.negatives.insert(contentsOf: (numerals.negatives ?? []).map { ($0, true) })
                lexicon.fractionMarks.insert(contentsOf: (numerals.fractionMarks ?? []).map { ($0, true) })
                lexicon.wordJoiners.insert(contentsOf: (numerals.wordJoiners ?? []).map { ($0, true) })
                lexicon.fractionWords.insert(contentsOf: (numerals.fractionWords ?? [:]).map { ($0.key, $0.value) })
                lexicon.articles.insert(contentsOf: (numerals.articles ?? []).map { ($0, true) })
                lexicon.mixedMarks.insert(contentsOf: (numerals.mixedMarks ?? []).map { ($0, true) })
                lexicon.halfAfter.insert(contentsOf: (numerals.halfAfter ?? []).map { ($0, true) })
                lexicon.rangeConnectors.insert(contentsOf: (numerals.ranges?.connectors ?? []).map { ($0, true) })
                lexicon.rangeBetween.insert(contentsOf: (numerals.ranges?.between ?? []).map { ($0, true) })
                lexicon.rangeJoiners.insert(contentsOf: (numerals.ranges?.joiners ?? []).map { ($0, true) })
                lexicon.rangeNotAfter.insert(contentsOf: (numerals.ranges?.notAfter ?? []).map { ($0, true) })
                lexicon.fractionBetween.insert(contentsOf: (numerals.fractionBetween ?? []).map { ($0, true) })
                lexicon.fractionOf.insert(contentsOf: (numerals.fractionOf ?? []).map { ($0, true) })
                lexicon.pointWords.insert(contentsOf: (numerals.pointWords ?? []).map { ($0, true) })
                lexicon.tensMultipliers.insert(contentsOf: (numerals.tensMultipliers ?? []).map { ($0, true) })
                if let elided = numerals.elidedUnits { lexicon.elidedUnits = elided }
                for (key, value) in numerals.formalDigits ?? [:] {
                    if let s = key.unicodeScalars.first { lexicon.hanDigits[s] = value; lexicon.hanFormal.insert(s) }
                }
                for (key, value) in numerals.formalUnits ?? [:] {
                    if let s = key.unicodeScalars.first { lexicon.hanUnits[s] = value; lexicon.hanFormal.insert(s) }
                }
                for word in numerals.decimalWords ?? [] { if let s = word.unicodeScalars.first { lexicon.hanDecimal.insert(s) } }
                for word in numerals.decimalBlockers ?? [] { if let s = word.unicodeScalars.first { lexicon.hanDecimalBlockers.insert(s) } }
                lexicon.scales.insert(contentsOf: (numerals.scales ?? [:]).map { ($0.key, $0.value) })
                lexicon.scaleAbbreviations.insert(contentsOf: (numerals.scaleAbbreviations ?? [:]).map { ($0.key, $0.value) })
                lexicon.scaleAbbreviationsApart.merge(numerals.scaleAbbreviationsApart ?? [:]) { _, new in new }
                lexicon.guardedScales.insert(contentsOf: (numerals.guardedScales ?? [:]).map { ($0.key, $0.value) })
                lexicon.scaleWordPairs.insert(contentsOf: numerals.scaleWordPairs ?? [])
                lexicon.digitWords.insert(contentsOf: numerals.digitWords ?? [])
                lexicon.numberWords.insert(contentsOf: (numerals.words ?? [:]).map { ($0.key, $0.value) })
                lexicon.idioms.insert(contentsOf: (numerals.idioms ?? []).map { ($0, true) })
                for (key, value) in numerals.nounWords ?? [:] {
                    lexicon.numberWords.insert(key, value)
                    lexicon.nounWords.insert(key, true)
                }
                lexicon.ordinalWords.insert(contentsOf: (numerals.ordinalWords ?? [:]).map { ($0.key, $0.value) })
                if let plural = numerals.ordinalPlural {
                    lexicon.ordinalPlurals.insert(contentsOf: (numerals.ordinalWords ?? [:]).map { ($0.key + plural, $0.value) })
                }
                lexicon.standaloneWords.insert(contentsOf: (numerals.standalone ?? []).map { ($0, true) })
                lexicon.ratioWords.insert(contentsOf: (numerals.ratioWords ?? []).map { ($0, true) })
                lexicon.nounWordLeft.insert(contentsOf: (numerals.nounWordLeft ?? []).map { ($0, true) })
                lexicon.nounWordRight.insert(contentsOf: (numerals.nounWordRight ?? []).map { ($0, true) })
                lexicon.continuingWords.insert(contentsOf: (numerals.continuingWords ?? []).map { ($0, true) })
                for (key, range) in numerals.vague ?? [:] where range.count == 2 && range[0] <= range[1] {
                    lexicon.vague.insert(key, range[0]...range[1])
                }
            }
            for (code, words) in file.minorUnits ?? [:] {
                lexicon.minorUnits.insert(contentsOf: words.map { ($0.key, MinorUnit(currency: code == "any" ? nil : code, factor: $0.value)) })
            }
            lexicon.currencyUnits.insert(contentsOf: (file.currencyUnits?.words ?? []).map { ($0, true) })
            lexicon.currencyUnitCues.insert(contentsOf: (file.currencyUnits?.cues ?? []).map { ($0, true) })
            lexicon.currencies.insert(contentsOf: (file.currencies ?? [:]).sorted { $0.key < $1.key }.flatMap { code, names in names.map { ($0, code) } })
            lexicon.percentPrefixes.insert(contentsOf: (file.percent?.prefix ?? []).map { ($0, true) })
            lexicon.percentSuffixes.insert(contentsOf: (file.percent?.suffix ?? []).map { ($0, true) })
            lexicon.tenthSuffixes.insert(contentsOf: (file.percent?.tenths ?? []).map { ($0, true) })
            lexicon.halfTenth.insert(contentsOf: (file.percent?.halfTenth ?? []).map { ($0, true) })
            lexicon.percentagePoints.insert(contentsOf: (file.percent?.points ?? []).map { ($0, true) })
            lexicon.classifiers.insert(contentsOf: (file.counting?.classifiers ?? []).map { ($0, true) })
            lexicon.countStops.insert(contentsOf: (file.counting?.stop ?? []).map { ($0, true) })
            if let maxLength = file.counting?.maxLength { lexicon.countMaxLength = maxLength }
            lexicon.singleNouns.insert(contentsOf: (file.counting?.singleNouns ?? []).map { ($0, true) })
            lexicon.gluedUnits.insert(contentsOf: (file.counting?.gluedUnits ?? []).map { ($0, true) })
            for word in file.counting?.unitPrefixes ?? [] { lexicon.unitPrefixes.insert(word) }
            lexicon.timeUnits.insert(contentsOf: (file.timeUnits ?? [:]).flatMap { unit, words in words.map { ($0, unit) } })
            lexicon.multipliers.insert(contentsOf: (file.multipliers ?? []).map { ($0, true) })
            lexicon.rankPrefixes.insert(contentsOf: (file.rankPrefixes ?? []).map { ($0, true) })
            for (word, factor) in file.multiplierWords ?? [:] { lexicon.multiplierWords.insert(word, factor) }
            lexicon.ordinalSuffixes.insert(contentsOf: (file.ordinalSuffixes ?? []).map { ($0, true) })
            for (key, words) in file.hedges ?? [:] {
                let after = key.hasSuffix("_after")
                let name = after ? String(key.dropLast(6)) : key
                guard let hedge = Hedge(rawValue: name.replacingOccurrences(of: "_", with: " ")) else { continue }
                for word in words {
                    if after { lexicon.hedgesAfter.insert(word, hedge) } else { lexicon.hedgesBefore.insert(word, hedge) }
                }
            }
            if let dates = file.dates { Self.merge(dates, into: &lexicon.dates, lead: &dateLead, trail: &dateTrail) }
        }
        // A phrase may mean several things (last: "last June", "the last five years"); its roles
        // are gathered from every file before the phrase is indexed once.
        lexicon.dates.startPhrases = Array(dateLead.keys)
        for (_, file) in files where file.languages.contains(where: { $0 == "*" || $0 == language || $0 == primary }) {
            lexicon.dates.numberPhrases += Array((file.numerals?.words ?? [:]).keys) + Array((file.numerals?.vague ?? [:]).keys)
                + (file.dates?.articles ?? [])
            lexicon.dates.followerPhrases += (file.timeUnits ?? [:]).values.flatMap { $0 } + (file.counting?.classifiers ?? [])
                + Array((file.numerals?.scales ?? [:]).keys) + Array((file.numerals?.vague ?? [:]).keys)
                + Array((file.numerals?.words ?? [:]).keys)
                + (file.hedges ?? [:]).filter { $0.key.hasSuffix("_after") }.values.flatMap { $0 }
                + (file.dates?.clock?.hourMarks ?? [])
        }
        lexicon.dates.followerPhrases += Array(dateTrail.keys)
        lexicon.dates.startPhrases += lexicon.dates.numberPhrases
        lexicon.dates.lead.insert(contentsOf: dateLead.map { ($0.key, $0.value.sorted { $0.rank < $1.rank }) })
        lexicon.dates.trail.insert(contentsOf: dateTrail.map { ($0.key, $0.value.sorted { $0.rank < $1.rank }) })
        return lexicon
    }

    static func merge(_ file: File.Dates, into words: inout DateWords,
                      lead: inout [String: [DateRole]], trail: inout [String: [DateTrail]]) {
        func add(_ phrase: String, _ role: DateRole) {
            if !(lead[phrase]?.contains(role) ?? false) { lead[phrase, default: []].append(role) }
        }
        func addTrail(_ phrase: String, _ role: DateTrail) {
            if !(trail[phrase]?.contains(role) ?? false) { trail[phrase, default: []].append(role) }
        }
        func fill(_ table: inout PhraseTable<Bool>, _ phrases: [String]?) { table.insert(contentsOf: (phrases ?? []).map { ($0, true) }) }
        func ordinal(_ key: String) -> Int? {
            ["first": 1, "second": 2, "q1": 1, "q2": 2, "q3": 3, "q4": 4, "h1": 1, "h2": 2][key.lowercased()]
        }

        if let order = file.numericOrder.flatMap(DateWords.NumericOrder.init(rawValue:)) { words.numericOrder = order }
        if let capitalized = file.namesCapitalized { words.namesCapitalized = capitalized }
        if let alone = file.alone {
            words.quartersAlone = alone.contains("quarters")
            words.halvesAlone = alone.contains("halves")
        }
        if let markers = file.markers {
            for word in markers.yearBefore ?? [] { add(word, .yearBefore) }
            for word in markers.monthBefore ?? [] { add(word, .monthBefore) }
            for word in markers.weekBefore ?? [] { add(word, .weekBefore) }
            for word in markers.dayBefore ?? [] { add(word, .dayBefore) }
            for word in markers.ordinalDayBefore ?? [] { add(word, .ordinalDayBefore) }
            for word in markers.decadeBefore ?? [] { add(word, .decadeBefore) }
            for word in markers.fiscalBefore ?? [] { add(word, .fiscalBefore) }
            for word in markers.centuryBefore ?? [] { add(word, .centuryBefore) }
            for word in markers.weekAfterOrdinal ?? [] { add(word, .weekAfterOrdinal) }
            for word in markers.monthAfterOrdinal ?? [] { add(word, .monthAfterOrdinal) }
            for word in markers.centuryAfter ?? [] { addTrail(word, .century) }
            for word in markers.yearAfter ?? [] { addTrail(word, .year) }
            for word in markers.monthAfter ?? [] { addTrail(word, .month) }
            for word in markers.dayAfter ?? [] { addTrail(word, .day) }
            for word in markers.decadeAfter ?? [] { addTrail(word, .decade) }
            for word in markers.fiscalAfter ?? [] { addTrail(word, .fiscal) }
        }
        for (name, month) in file.months ?? [:] where (1...12).contains(month) { add(name, .month(month, short: false)) }
        for (name, month) in file.monthAbbreviations ?? [:] where (1...12).contains(month) { add(name, .month(month, short: true)) }
        for (name, day) in file.weekdays ?? [:] where (1...7).contains(day) { add(name, .weekday(day)) }
        for (key, names) in file.seasons ?? [:] {
            guard let season = Season(rawValue: key) else { continue }
            for name in names { add(name, .season(season)) }
        }
        for (key, names) in file.partsBefore ?? [:] {
            guard let part = DatePart(rawValue: key) else { continue }
            for name in names { add(name, .partBefore(part)) }
        }
        for (key, names) in file.yearParts ?? [:] {
            guard let part = DatePart(rawValue: key) else { continue }
            for name in names { add(name, .yearPart(part)) }
        }
        for (key, names) in file.monthParts ?? [:] {
            guard let part = DatePart(rawValue: key) else { continue }
            for name in names { add(name, .monthPart(part)) }
        }
        for (key, names) in file.partsAfter ?? [:] {
            guard let part = DatePart(rawValue: key) else { continue }
            for name in names { addTrail(name, .part(part)) }
        }
        for (key, names) in file.halves ?? [:] {
            guard let half = ordinal(key), half <= 2 else { continue }
            for name in names { add(name, .half(half)) }
        }
        for (key, names) in file.quarters ?? [:] {
            guard let quarter = ordinal(key), key.lowercased().hasPrefix("q") else { continue }
            for name in names { add(name, .quarter(quarter)) }
        }
        if let relative = file.relative {
            for (word, offset) in relative.day ?? [:] { add(word, .relativeDay(offset)) }
            for (word, offset) in relative.guarded ?? [:] { add(word, .guardedDay(offset)) }
            for (word, offset) in relative.week ?? [:] { add(word, .relativeWeek(offset)) }
            for (word, offset) in relative.weekend ?? [:] { add(word, .relativeWeekend(offset)) }
            for (word, offset) in relative.quarter ?? [:] { add(word, .relativeQuarter(offset)) }
            for (word, offset) in relative.month ?? [:] { add(word, .relativeMonth(offset)) }
            for (word, offset) in relative.year ?? [:] { add(word, .relativeYear(offset)) }
            for (word, offset) in relative.century ?? [:] { add(word, .relativeCentury(offset)) }
            for (word, offset) in relative.decade ?? [:] { add(word, .relativeDecade(offset)) }
            for (word, offset) in relative.names ?? [:] { add(word, .relativeName(offset)) }
            for (word, offset) in relative.anchored ?? [:] { add(word, .anchoredDay(offset)) }
            for (word, offset) in relative.anchoredWeek ?? [:] { add(word, .anchoredWeek(offset)) }
        }
        for word in file.agoBefore ?? [] { add(word, .agoBefore) }
        for (word, offset) in file.eras ?? [:] { add(word, .eraBefore(offset)) }
        for (role, names) in file.holidays?.days ?? [] { for name in names { add(name, role) } }
        if let cues = file.cues {
            fill(&words.dayCues, cues.day)
            fill(&words.yearCues, cues.year)
            fill(&words.monthCues, cues.month)
            fill(&words.weekdayCues, cues.weekday)
            fill(&words.clockCues, cues.clock)
        }
        fill(&words.connectors, file.connectors)
        fill(&words.rangeOpeners, file.ranges?.openers)
        fill(&words.rangeConnectors, file.ranges?.connectors)
        fill(&words.rangeJoiners, file.ranges?.joiners)
        fill(&words.ago, file.ago)
        fill(&words.agoBlockers, file.agoBlockers)
        fill(&words.anchoredBlockers, file.anchoredBlockers)
        words.spans.insert(contentsOf: (file.spans ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        words.periodEnds.insert(contentsOf: (file.periodEnds ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        fill(&words.offsetAfter, file.offsets?.after)
        fill(&words.offsetBefore, file.offsets?.before)
        fill(&words.offsetNow, file.offsets?.now)
        fill(&words.offsetLasting, file.offsets?.lasting)
        fill(&words.withinAfter, file.withinAfter)
        fill(&words.dayBlockers, file.dayBlockers)
        fill(&words.weekdayFollowers, file.weekdayFollowers)
        fill(&words.rankPeriods, file.rankPeriods)
        words.numberedWeekdays.formUnion(file.numberedWeekdays ?? [])
        fill(&words.later, file.later)
        fill(&words.durationPrefixes, file.durationPrefixes)
        fill(&words.durationJoiners, file.durationJoiners)
        fill(&words.halfAfterUnit, file.halfAfterUnit)
        fill(&words.weekdayWeekJoiners, file.weekdayWeekJoiners)
        fill(&words.weekdayDayJoiners, file.weekdayDayJoiners)
        for word in file.weekends ?? [] { add(word, .weekend) }
        words.weekdayOrdinals.insert(contentsOf: (file.weekdayOrdinals ?? [:]).map { ($0.key, $0.value) })
        fill(&words.nthWeekdayJoiners, file.nthWeekdayJoiners)
        words.wordPairs.insert(contentsOf: file.wordPairs ?? [])
        fill(&words.futureMarkers, file.futureMarkers)
        fill(&words.futureOffsetBefore, file.futureOffsetBefore)
        fill(&words.futureOffsetAfter, file.futureOffsetAfter)
        fill(&words.distributive, file.distributive)
        fill(&words.articles, file.articles)
        fill(&words.monthWordBlockers, file.wordBlockers?.month)
        fill(&words.weekWordBlockers, file.wordBlockers?.week)
        fill(&words.unitBlockers, file.unitBlockers)
        fill(&words.yearJoiners, file.yearJoiners)
        fill(&words.oneAsArticle, file.oneAsArticle)
        fill(&words.ordinalSuffixes, file.ordinalSuffixes)
        if let clock = file.clock {
            fill(&words.hourMarks, clock.hourMarks)
            fill(&words.minuteMarks, clock.minuteMarks)
            fill(&words.halfMarks, clock.halfMarks)
            let parts: [(DayPart, [String]?, [String]?)] = [
                (.am, clock.amBefore, clock.amAfter), (.pm, clock.pmBefore, clock.pmAfter),
                (.noon, clock.noonBefore, clock.noonAfter), (.night, clock.nightBefore, clock.nightAfter),
            ]
            for (part, before, after) in parts {
                for word in before ?? [] { words.dayPartsBefore.insert(word, part) }
                for word in after ?? [] { words.dayPartsAfter.insert(word, part) }
            }
            fill(&words.sameDay, clock.sameDay)
            fill(&words.dayJoiners, clock.dayJoiners)
            fill(&words.durationBefore, clock.durationBefore)
            for (key, names) in clock.zones ?? [:] {
                guard let zone = ClockZone(key) else { continue }
                for name in names { words.zones.insert(name, zone) }
            }
        }
    }
}
