// The review pages' Mustache templates. They are compiled into the binary rather than read from
// resource files, so `claims serve` and `claims report` work from any folder and the report needs
// nothing beside itself. `{{ }}` escapes HTML; the only `{{{ }}}` is the SVG timeline, which
// TimelineSVG builds with every source string escaped. No page runs JavaScript.

enum Templates {
    static let all: [String: String] = [
        "layout": layout, "segments": segments, "conflicts": conflicts, "conflict": conflict,
        "statement": statement, "history": history, "sourceTable": sourceTable, "sources": sources, "source": source,
        "overview": overview, "matrix": matrix, "report": report, "message": message, "login": login,
    ]

    static let style = """
    :root { --ink:#1d2430; --muted:#5b6472; --line:#d9dee6; --bg:#fbfbfd; --accent:#2456a6; --bad:#b3261e; --good:#1f7a3a; --warn:#8a5a00; }
    * { box-sizing: border-box; }
    body { font: 15px/1.55 system-ui, "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; color: var(--ink); background: var(--bg); margin: 0; }
    header.top { background: #14213d; color: #fff; padding: .6rem 1.2rem; display: flex; gap: 1.4rem; align-items: baseline; }
    header.top a { color: #dfe7ff; text-decoration: none; } header.top a.here { color: #fff; font-weight: 600; border-bottom: 2px solid #ffd166; }
    header.top .brand { font-weight: 700; color: #ffd166; }
    header.top form.logout { margin: 0 0 0 auto; } header.top form.logout .muted { color: #dfe7ff; }
    main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
    h1 { font-size: 1.35rem; margin: .6rem 0; } h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; } h3 { font-size: 1rem; margin: .2rem 0; }
    a { color: var(--accent); }
    .muted, .meta { color: var(--muted); font-size: .9rem; }
    .tallies { display: flex; gap: .6rem; flex-wrap: wrap; margin: .4rem 0 1rem; }
    .tally { border: 1px solid var(--line); border-radius: 8px; padding: .35rem .8rem; background: #fff; text-decoration: none; color: var(--ink); }
    .tally b { font-size: 1.2rem; margin-right: .3rem; } .tally.current { border-color: var(--accent); box-shadow: 0 0 0 2px #2456a633; }
    table { border-collapse: collapse; width: 100%; background: #fff; } th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
    th { font-size: .85rem; color: var(--muted); font-weight: 600; } td.id, code { white-space: nowrap; }
    .status, .sev { display: inline-block; border-radius: 999px; padding: 0 .55rem; font-size: .8rem; border: 1px solid var(--line); }
    .status-open { background: #fff4e5; border-color: #f0c36d; } .status-confirmed { background: #fde8e6; border-color: #e59a93; }
    .status-dismissed { background: #eaf6ee; border-color: #9fd0ad; } .status-stale, .status-withdrawn { background: #eef0f4; }
    .sev-high { color: var(--bad); font-weight: 600; } .sev-medium { color: var(--warn); }
    form.filters { display: flex; gap: .6rem; align-items: end; flex-wrap: wrap; margin-bottom: .8rem; }
    form.filters select { max-width: 22rem; }
    label { font-size: .85rem; color: var(--muted); display: block; } select, input[type=text], textarea { font: inherit; padding: .25rem .4rem; border: 1px solid #b8c0cc; border-radius: 6px; }
    button { font: inherit; padding: .3rem .9rem; border-radius: 6px; border: 1px solid #14213d; background: #14213d; color: #fff; cursor: pointer; }
    button.secondary { background: #fff; color: #14213d; }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1rem; margin: .7rem 0; }
    .statements { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: .8rem; }
    .statement .value-big { font-size: 1.3rem; font-weight: 700; color: var(--bad); }
    .quote { border-left: 3px solid var(--line); padding-left: .7rem; margin: .5rem 0; }
    .paragraph { color: #3a4250; font-size: .93rem; }
    mark { background: #fff2a8; border-radius: 3px; padding: 0 .1rem; color: inherit; }
    mark.value { background: #ffd166; font-weight: 700; outline: 1px solid #e0a800; }
    mark.sentence { background: #eef3ff; }
    mark.disputed { outline: 2px solid var(--bad); }
    mark.k-date { background: #dbeafe; } mark.k-duration { background: #e0e7ff; } mark.k-money { background: #dcfce7; }
    mark.k-percentage { background: #fef3c7; } mark.k-count { background: #fce7f3; } mark.k-number { background: #f3f4f6; }
    mark.k-multiplier { background: #ede9fe; } mark.k-rank { background: #ccfbf1; }
    .legend mark { margin-right: .5rem; }
    .text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.2rem; line-height: 1.8; }
    .decide { display: grid; grid-template-columns: repeat(auto-fit, minmax(250px, 1fr)); gap: .8rem; }
    .decide form { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: .7rem .9rem; display: grid; gap: .45rem; align-content: start; }
    .decide input[type=text], .decide select, .decide textarea { width: 100%; }
    .error { background: #fde8e6; border: 1px solid #e59a93; color: #7a1710; padding: .5rem .8rem; border-radius: 8px; }
    .notice { background: #eaf6ee; border: 1px solid #9fd0ad; padding: .5rem .8rem; border-radius: 8px; }
    svg.timeline { width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 10px; }
    svg.timeline .tick { stroke: #e6e9ef; } svg.timeline .year { font-size: 11px; fill: var(--muted); }
    svg.timeline .lane { font-size: 12px; fill: var(--ink); } svg.timeline .lane-rule { stroke: #c9ced8; stroke-dasharray: 2 3; }
    svg.timeline rect.date { fill: #2456a6; fill-opacity: .55; } svg.timeline rect.disputed { fill: var(--bad); fill-opacity: .9; stroke: #5c0f0a; stroke-width: 1.5; }
    svg.timeline rect.settled { fill: #9aa3b2; }
    table.matrix td, table.matrix th { text-align: center; font-size: .85rem; } table.matrix td.topic { text-align: left; }
    td.cell-agrees { background: #eaf6ee; } td.cell-disputed { background: #fde8e6; font-weight: 600; } td.cell-confirmed { background: #f8c9c4; font-weight: 600; }
    td.cell-dismissed { background: #f1f3f6; } td.cell-incomparable { background: #fff8e1; } td.cell-silent { color: #b8c0cc; }
    .key span { display: inline-block; padding: 0 .5rem; margin-right: .3rem; border-radius: 4px; font-size: .8rem; }
    details summary { cursor: pointer; color: var(--accent); }
    """

    static let layout = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'">
    <title>{{title}} · claims</title>
    <style>{{{style}}}</style>
    </head>
    <body>
    <header class="top"><span class="brand">claims</span>{{#nav}}<a href="{{link}}"{{#current}} class="here"{{/current}}>{{label}}</a>{{/nav}}{{#ledgerName}}<span class="muted" title="the ledger">{{ledgerName}}</span>{{/ledgerName}}{{#account}}<form class="logout" method="post" action="/logout"><input type="hidden" name="token" value="{{token}}"><span class="muted">{{account}}</span> <button type="submit">Log out</button></form>{{/account}}</header>
    <main>
    {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    {{$body}}{{/body}}
    </main>
    </body>
    </html>
    """

    static let segments = """
    {{#segments}}{{#mark}}<mark class="{{mark}}"{{#hint}} title="{{hint}}"{{/hint}}>{{#link}}<a href="{{link}}">{{/link}}{{text}}{{#link}}</a>{{/link}}</mark>{{/mark}}{{^mark}}{{text}}{{/mark}}{{/segments}}
    """

    /// The sources with their counts; `link` is the server's page or the report's anchor.
    static let sourceTable = """
    <table>
    <thead><tr><th>Source</th><th>Language</th><th>Publisher</th><th>Published</th><th>Claims</th><th>Conflicts</th></tr></thead>
    <tbody>
    {{#sourceCards}}<tr><td><a href="{{link}}">{{title}}</a><div class="muted">{{id}}</div></td><td>{{language}}</td><td>{{publisher}}</td><td>{{published}}</td><td>{{claims}}</td><td>{{conflicts}}</td></tr>
    {{/sourceCards}}
    </tbody>
    </table>
    """

    static let conflicts = """
    {{<layout}}{{$body}}
    <h1>Conflicts</h1>
    <div class="tallies">{{#tallies}}<a class="tally{{#current}} current{{/current}}" href="{{link}}"><b>{{count}}</b>{{label}}</a>{{/tallies}}</div>
    <form class="filters" method="get" action="/">
      <div><label for="status">Status</label><select id="status" name="status"><option value="">any</option>{{#statusChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statusChoices}}</select></div>
      <div><label for="kind">Kind</label><select id="kind" name="kind"><option value="">any</option>{{#kindChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kindChoices}}</select></div>
      <div><label for="source">Source</label><select id="source" name="source"><option value="">any</option>{{#sourceChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sourceChoices}}</select></div>
      <button type="submit" class="secondary">Filter</button>
    </form>
    <p class="muted">{{shown}} of {{total}} conflicts shown.{{#paged}} Page {{page}} of {{pages}}: {{first}}–{{last}}.{{/paged}}</p>
    {{#hasRows}}
    <table class="conflicts">
    <thead><tr><th>Conflict</th><th>Status</th><th>Kind</th><th>Topic</th><th>Values</th><th>Sources</th><th>Found</th></tr></thead>
    <tbody>
    {{#rows}}<tr><td class="id"><a href="{{link}}">{{id}}</a></td><td><span class="status status-{{status}}">{{status}}</span></td><td><span class="sev sev-{{severity}}">{{kind}}</span></td><td>{{topic}}</td><td>{{values}}<div class="muted">{{rationale}}</div></td><td>{{#sources}}<div>{{.}}</div>{{/sources}}</td><td>{{firstSeen}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    {{/hasRows}}
    {{#paged}}<p class="pager">{{#previous}}<a href="{{previous}}" rel="prev">← previous {{pageSize}}</a> {{/previous}}{{#next}}<a href="{{next}}" rel="next">next {{pageSize}} →</a>{{/next}}</p>{{/paged}}
    {{^hasRows}}<p class="card">No conflicts match.</p>{{/hasRows}}
    {{/body}}{{/layout}}
    """

    static let statement = """
    <div class="card statement">
      <h3><a href="{{source.link}}">{{source.title}}</a></h3>
      <div class="meta">{{source.id}} · <span lang="{{source.language}}">{{source.language}}</span>{{#source.publisher}} · {{source.publisher}}{{/source.publisher}}{{#source.published}} · published {{source.published}}{{/source.published}}{{#source.url}} · <a href="{{source.url}}" rel="noreferrer noopener">{{source.url}}</a>{{/source.url}}</div>
      <div class="value-big">{{value}}</div>
      <blockquote class="quote" lang="{{source.language}}">{{#sentence}}{{#mark}}<mark class="{{mark}}">{{text}}</mark>{{/mark}}{{^mark}}{{text}}{{/mark}}{{/sentence}}</blockquote>
      <div class="meta">characters {{start}}–{{end}} of the source</div>
      {{#hasParagraph}}<details open><summary>In its paragraph</summary><p class="paragraph" lang="{{source.language}}">{{#paragraph}}{{#mark}}<mark class="{{mark}}">{{text}}</mark>{{/mark}}{{^mark}}{{text}}{{/mark}}{{/paragraph}}</p></details>{{/hasParagraph}}
      {{#changed}}<p class="muted">This source has changed since the conflict was found; the quote above is the recorded one.</p>{{/changed}}
    </div>
    """

    static let history = """
    <table class="history">
    <thead><tr><th>#</th><th>When (UTC)</th><th>Event</th><th>By</th><th>Correct source</th><th>Note</th><th>Hash</th></tr></thead>
    <tbody>
    {{#history}}<tr><td>{{seq}}</td><td>{{at}}</td><td>{{type}}</td><td>{{actor}}</td><td>{{correctSource}}</td><td>{{note}}</td><td><code>{{hash}}</code></td></tr>
    {{/history}}
    </tbody>
    </table>
    """

    static let conflict = """
    {{<layout}}{{$body}}
    {{#conflict}}
    <p class="muted"><a href="/">← all conflicts</a>{{#next}} · <a href="{{next}}" rel="next">next open conflict →</a>{{/next}}{{^next}} · no other conflict is open{{/next}}</p>
    <h1>{{topic}}</h1>
    <p><span class="status status-{{status}}">{{status}}</span> <span class="sev sev-{{severity}}">{{severity}}</span> {{kind}} · <code>{{id}}</code> · found by {{checker}} on {{firstSeen}} · confidence {{confidence}}</p>
    <p class="card"><strong>Why:</strong> {{rationale}}</p>
    {{#decision}}<p class="card">Decision: <strong>{{type}}</strong> by {{actor}} at {{at}}{{#correctSource}}; correct source: {{correctSource}}{{/correctSource}}{{#note}} — {{note}}{{/note}}</p>{{/decision}}
    <h2>Statements</h2>
    <div class="statements">{{#statements}}{{> statement}}{{/statements}}</div>
    <h2>Decide</h2>
    <div class="decide">
      <form method="post" action="/conflicts/{{id}}/decision">
        <input type="hidden" name="token" value="{{token}}"><input type="hidden" name="decision" value="confirm">
        <h3>Confirm the conflict</h3>
        <label for="confirm-reviewer">Reviewer</label><input id="confirm-reviewer" type="text" name="reviewer" value="{{reviewer}}" required{{#account}} readonly{{/account}}>
        <label for="correct">Correct source</label>
        <select id="correct" name="correct_source"><option value="">not known</option>{{#sourceChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sourceChoices}}</select>
        <label for="confirm-note">Note (optional)</label><input id="confirm-note" type="text" name="note">
        <button type="submit" name="action" value="confirm">Confirm</button>
      </form>
      <form method="post" action="/conflicts/{{id}}/decision">
        <input type="hidden" name="token" value="{{token}}"><input type="hidden" name="decision" value="dismiss">
        <h3>Dismiss it</h3>
        <label for="dismiss-reviewer">Reviewer</label><input id="dismiss-reviewer" type="text" name="reviewer" value="{{reviewer}}" required{{#account}} readonly{{/account}}>
        <label for="reason">Reason</label><input id="reason" type="text" name="note" required>
        <button type="submit" name="action" value="dismiss">Dismiss</button>
      </form>
      <form method="post" action="/conflicts/{{id}}/decision">
        <input type="hidden" name="token" value="{{token}}"><input type="hidden" name="decision" value="note">
        <h3>Add a note</h3>
        <label for="note-reviewer">Reviewer</label><input id="note-reviewer" type="text" name="reviewer" value="{{reviewer}}" required{{#account}} readonly{{/account}}>
        <label for="note-text">Note</label><textarea id="note-text" name="note" rows="2" required></textarea>
        <button type="submit" name="action" value="note" class="secondary">Add note</button>
      </form>
    </div>
    <h2>History</h2>
    {{> history}}
    {{/conflict}}
    {{/body}}{{/layout}}
    """

    static let sources = """
    {{<layout}}{{$body}}
    <h1>Sources</h1>
    {{> sourceTable}}
    {{/body}}{{/layout}}
    """

    static let source = """
    {{<layout}}{{$body}}
    {{#page}}
    <p class="muted"><a href="/sources">← all sources</a></p>
    <h1 lang="{{source.language}}">{{source.title}}</h1>
    <p class="meta">{{source.id}} · {{source.language}}{{#source.publisher}} · {{source.publisher}}{{/source.publisher}}{{#source.published}} · published {{source.published}}{{/source.published}}{{#source.url}} · <a href="{{source.url}}" rel="noreferrer noopener">{{source.url}}</a>{{/source.url}} · {{source.claims}} claims · {{source.conflicts}} conflicts</p>
    <p class="legend">{{#kinds}}<mark class="k-{{kind}}">{{kind}} {{count}}</mark>{{/kinds}}<mark class="disputed">disputed</mark></p>
    <div class="text" lang="{{source.language}}">{{> segments}}</div>
    <h2>Claims</h2>
    <table><thead><tr><th>Kind</th><th>Text</th><th>Value</th><th>Topic</th><th>Characters</th><th>Extractor</th></tr></thead><tbody>
    {{#claims}}<tr><td>{{kind}}</td><td>{{text}}</td><td>{{value}}</td><td>{{topic}}</td><td>{{start}}–{{end}}</td><td>{{extractor}}</td></tr>
    {{/claims}}
    </tbody></table>
    {{/page}}
    {{/body}}{{/layout}}
    """

    static let matrix = """
    {{#matrix}}{{#hasRows}}
    <p class="key"><span class="cell-agrees" style="background:#eaf6ee">agrees</span><span style="background:#fde8e6">disputed</span><span style="background:#f8c9c4">confirmed conflict</span><span style="background:#f1f3f6">dismissed</span><span style="background:#fff8e1">not comparable</span></p>
    <table class="matrix"><thead><tr><th>Topic</th>{{#sources}}<th title="{{id}}">{{label}}</th>{{/sources}}</tr></thead><tbody>
    {{#rows}}<tr><td class="topic">{{topic}}</td>{{#cells}}<td class="cell-{{state}}" title="{{hint}}">{{#link}}<a href="{{link}}">{{values}}</a>{{/link}}{{^link}}{{values}}{{/link}}</td>{{/cells}}</tr>
    {{/rows}}
    </tbody></table>
    {{/hasRows}}{{^hasRows}}<p class="card">No topic is spoken to by two statements.</p>{{/hasRows}}{{/matrix}}
    """

    static let overview = """
    {{<layout}}{{$body}}
    <h1>Overview</h1>
    <h2>Dated claims per source</h2>
    <p class="muted">Each bar is the interval a date names (a year, a month, a day); red bars are dates in an open or confirmed conflict. Hover for the quote.</p>
    {{{timeline}}}
    <h2>Who agrees on what</h2>
    <p class="muted">Each row is a topic that two or more statements speak to; each column a source.</p>
    {{> matrix}}
    {{/body}}{{/layout}}
    """

    static let report = """
    {{<layout}}{{$body}}
    <h1>{{title}}</h1>
    <p class="muted">Generated {{generated}} by claims {{version}}. This file is self-contained: it loads nothing from the network.</p>
    <div class="tallies">{{#tallies}}<span class="tally"><b>{{count}}</b>{{label}}</span>{{/tallies}}</div>
    <h2>Sources</h2>
    {{> sourceTable}}
    <h2>Dated claims per source</h2>
    {{{timeline}}}
    <h2>Who agrees on what</h2>
    {{> matrix}}
    <h2>Conflicts</h2>
    {{^conflictPages}}<p class="card">No conflicts.</p>{{/conflictPages}}
    {{#conflictPages}}
    <section class="card" id="{{id}}">
    <h3>{{topic}}</h3>
    <p><span class="status status-{{status}}">{{status}}</span> <span class="sev sev-{{severity}}">{{severity}}</span> {{kind}} · <code>{{id}}</code> · {{checker}} · {{firstSeen}}</p>
    <p><strong>Why:</strong> {{rationale}}</p>
    {{#decision}}<p>Decision: <strong>{{type}}</strong> by {{actor}} at {{at}}{{#correctSource}}; correct source: {{correctSource}}{{/correctSource}}{{#note}} — {{note}}{{/note}}</p>{{/decision}}
    <div class="statements">{{#statements}}{{> statement}}{{/statements}}</div>
    <details><summary>History ({{historyCount}} events)</summary>{{> history}}</details>
    </section>
    {{/conflictPages}}
    <h2>Sources with their claims</h2>
    {{#sourcePages}}
    <details id="{{source.id}}"><summary lang="{{source.language}}">{{source.title}} — {{source.claims}} claims</summary>
    <p class="legend">{{#kinds}}<mark class="k-{{kind}}">{{kind}} {{count}}</mark>{{/kinds}}</p>
    <div class="text" lang="{{source.language}}">{{> segments}}</div>
    </details>
    {{/sourcePages}}
    {{/body}}{{/layout}}
    """

    static let login = """
    {{<layout}}{{$body}}
    <h1>Log in</h1>
    <p>This ledger has reviewer accounts: every decision is recorded under the account that made it.</p>
    <form class="card" method="post" action="/login">
      <input type="hidden" name="token" value="{{token}}">
      <label for="login-name">Reviewer</label><input id="login-name" type="text" name="name" value="{{reviewer}}" required autocomplete="username">
      <label for="login-password">Password</label><input id="login-password" type="password" name="password" required autocomplete="current-password">
      <button type="submit">Log in</button>
    </form>
    {{/body}}{{/layout}}
    """

    static let message = """
    {{<layout}}{{$body}}
    <h1>{{title}}</h1>
    <p class="card">{{message}}</p>
    <p><a href="/">Back to the conflicts</a></p>
    {{/body}}{{/layout}}
    """
}
