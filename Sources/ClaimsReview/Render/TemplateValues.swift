import Mustache

// The page values answer the templates' lookups by name themselves, rather than through Mirror:
// reflection was most of the time spent rendering a large report (`claims bench --review`).
// A nil property answers nil, as it did through Mirror, and the lookup goes on up the context.

extension Segment: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "mark": mark
        case "hint": hint
        case "link": link
        default: nil
        }
    }
}

extension Tally: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "count": count
        case "link": link
        case "current": current
        default: nil
        }
    }
}

extension Choice: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}

extension SourceCard: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "language": language
        case "publisher": publisher
        case "published": published
        case "url": url
        case "link": link
        case "claims": claims
        case "conflicts": conflicts
        default: nil
        }
    }
}

extension ConflictRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "link": link
        case "kind": kind
        case "topic": topic
        case "severity": severity
        case "status": status
        case "rationale": rationale
        case "values": values
        case "sources": sources
        case "firstSeen": firstSeen
        default: nil
        }
    }
}

extension StatementView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "source": source
        case "value": value
        case "start": start
        case "end": end
        case "sentence": sentence
        case "paragraph": paragraph
        case "hasParagraph": hasParagraph
        case "changed": changed
        default: nil
        }
    }
}

extension EventView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "seq": seq
        case "at": at
        case "type": type
        case "actor": actor
        case "correctSource": correctSource
        case "note": note
        case "hash": hash
        default: nil
        }
    }
}

extension ConflictPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "kind": kind
        case "topic": topic
        case "severity": severity
        case "confidence": confidence
        case "status": status
        case "rationale": rationale
        case "checker": checker
        case "firstSeen": firstSeen
        case "statements": statements
        case "history": history
        case "sourceChoices": sourceChoices
        case "decision": decision
        case "historyCount": historyCount
        default: nil
        }
    }
}

extension SourcePage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "source": source
        case "segments": segments
        case "claims": claims
        case "kinds": kinds
        default: nil
        }
    }
}

extension ClaimRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "kind": kind
        case "text": text
        case "value": value
        case "topic": topic
        case "start": start
        case "end": end
        case "extractor": extractor
        default: nil
        }
    }
}

extension KindCount: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "count": count
        default: nil
        }
    }
}

extension MatrixView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "sources": sources
        case "rows": rows
        default: nil
        }
    }
}

extension MatrixColumn: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "label": label
        case "link": link
        default: nil
        }
    }
}

extension MatrixRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "topic": topic
        case "cells": cells
        default: nil
        }
    }
}

extension MatrixCell: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "state": state
        case "values": values
        case "link": link
        case "hint": hint
        default: nil
        }
    }
}
