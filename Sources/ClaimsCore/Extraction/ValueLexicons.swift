import Foundation
import Yams

/// All value lexicons of a workbench, merged per language on demand.
public struct ValueLexicons: Sendable {
    let files: [(name: String, file: File)]
    /// The trap words of every file, merged once.
    let trapWords: TrapWords
    /// Lower-cased, without their final period: every file's `sentences.abbreviations` and month
    /// abbreviations. A text is split with all of them whatever its language (a Vietnamese report
    /// quotes "Mr. Smith").
    public let abbreviations: Set<String>

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
                for word in numerals.negatives ?? [] { lexicon.negatives.insert(word, true) }
                for word in numerals.fractionMarks ?? [] { lexicon.fractionMarks.insert(word, true) }
                for word in numerals.wordJoiners ?? [] { lexicon.wordJoiners.insert(word, true) }
                for (key, value) in numerals.fractionWords ?? [:] { lexicon.fractionWords.insert(key, value) }
                for word in numerals.articles ?? [] { lexicon.articles.insert(word, true) }
                for word in numerals.mixedMarks ?? [] { lexicon.mixedMarks.insert(word, true) }
                for word in numerals.halfAfter ?? [] { lexicon.halfAfter.insert(word, true) }
                for word in numerals.fractionBetween ?? [] { lexicon.fractionBetween.insert(word, true) }
                for word in numerals.fractionOf ?? [] { lexicon.fractionOf.insert(word, true) }
                for word in numerals.pointWords ?? [] { lexicon.pointWords.insert(word, true) }
                for word in numerals.tensMultipliers ?? [] { lexicon.tensMultipliers.insert(word, true) }
                if let elided = numerals.elidedUnits { lexicon.elidedUnits = elided }
                for (key, value) in numerals.formalDigits ?? [:] {
                    if let s = key.unicodeScalars.first { lexicon.hanDigits[s] = value; lexicon.hanFormal.insert(s) }
                }
                for (key, value) in numerals.formalUnits ?? [:] {
                    if let s = key.unicodeScalars.first { lexicon.hanUnits[s] = value; lexicon.hanFormal.insert(s) }
                }
                for word in numerals.decimalWords ?? [] { if let s = word.unicodeScalars.first { lexicon.hanDecimal.insert(s) } }
                for word in numerals.decimalBlockers ?? [] { if let s = word.unicodeScalars.first { lexicon.hanDecimalBlockers.insert(s) } }
                for (key, value) in numerals.scales ?? [:] { lexicon.scales.insert(key, value) }
                for (key, value) in numerals.scaleAbbreviations ?? [:] { lexicon.scaleAbbreviations.insert(key, value) }
                for (key, value) in numerals.words ?? [:] { lexicon.numberWords.insert(key, value) }
                for word in numerals.idioms ?? [] { lexicon.idioms.insert(word, true) }
                for (key, value) in numerals.nounWords ?? [:] {
                    lexicon.numberWords.insert(key, value)
                    lexicon.nounWords.insert(key, true)
                }
                for word in numerals.nounWordLeft ?? [] { lexicon.nounWordLeft.insert(word, true) }
                for word in numerals.nounWordRight ?? [] { lexicon.nounWordRight.insert(word, true) }
                for (key, range) in numerals.vague ?? [:] where range.count == 2 && range[0] <= range[1] {
                    lexicon.vague.insert(key, range[0]...range[1])
                }
            }
            for (code, names) in file.currencies ?? [:] { for name in names { lexicon.currencies.insert(name, code) } }
            for word in file.percent?.prefix ?? [] { lexicon.percentPrefixes.insert(word, true) }
            for word in file.percent?.suffix ?? [] { lexicon.percentSuffixes.insert(word, true) }
            for word in file.percent?.tenths ?? [] { lexicon.tenthSuffixes.insert(word, true) }
            for word in file.percent?.halfTenth ?? [] { lexicon.halfTenth.insert(word, true) }
            for word in file.percent?.points ?? [] { lexicon.percentagePoints.insert(word, true) }
            for word in file.counting?.classifiers ?? [] { lexicon.classifiers.insert(word, true) }
            for word in file.counting?.stop ?? [] { lexicon.countStops.insert(word, true) }
            if let maxLength = file.counting?.maxLength { lexicon.countMaxLength = maxLength }
            for word in file.counting?.singleNouns ?? [] { lexicon.singleNouns.insert(word, true) }
            for word in file.counting?.gluedUnits ?? [] { lexicon.gluedUnits.insert(word, true) }
            for word in file.counting?.unitPrefixes ?? [] { lexicon.unitPrefixes.insert(word) }
            for (unit, words) in file.timeUnits ?? [:] { for word in words { lexicon.timeUnits.insert(word, unit) } }
            for word in file.multipliers ?? [] { lexicon.multipliers.insert(word, true) }
            for word in file.rankPrefixes ?? [] { lexicon.rankPrefixes.insert(word, true) }
            for (word, factor) in file.multiplierWords ?? [:] { lexicon.multiplierWords.insert(word, factor) }
            for word in file.ordinalSuffixes ?? [] { lexicon.ordinalSuffixes.insert(word, true) }
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
        for (phrase, roles) in dateLead { lexicon.dates.lead.insert(phrase, roles.sorted { $0.rank < $1.rank }) }
        for (phrase, roles) in dateTrail { lexicon.dates.trail.insert(phrase, roles.sorted { $0.rank < $1.rank }) }
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
        func fill(_ table: inout PhraseTable<Bool>, _ phrases: [String]?) { for phrase in phrases ?? [] { table.insert(phrase, true) } }
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
            for (word, offset) in relative.week ?? [:] { add(word, .relativeWeek(offset)) }
            for (word, offset) in relative.quarter ?? [:] { add(word, .relativeQuarter(offset)) }
            for (word, offset) in relative.month ?? [:] { add(word, .relativeMonth(offset)) }
            for (word, offset) in relative.year ?? [:] { add(word, .relativeYear(offset)) }
            for (word, offset) in relative.names ?? [:] { add(word, .relativeName(offset)) }
            for (word, offset) in relative.anchored ?? [:] { add(word, .anchoredDay(offset)) }
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
        fill(&words.offsetAfter, file.offsets?.after)
        fill(&words.offsetBefore, file.offsets?.before)
        fill(&words.offsetNow, file.offsets?.now)
        fill(&words.withinAfter, file.withinAfter)
        fill(&words.dayBlockers, file.dayBlockers)
        fill(&words.weekdayFollowers, file.weekdayFollowers)
        fill(&words.rankPeriods, file.rankPeriods)
        words.numberedWeekdays.formUnion(file.numberedWeekdays ?? [])
        fill(&words.later, file.later)
        fill(&words.durationPrefixes, file.durationPrefixes)
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
