package dev.sessioninspector.report;

/** The HTML report's stylesheet, inlined so the page needs nothing else. */
final class HtmlStyle {
    private HtmlStyle() {
    }

    static final String CSS = """
            :root { --high:#c0392b; --medium:#e67e22; --low:#d4ac0d; --pass:#27ae60; --fail:#c0392b;
                    --inconclusive:#8e7cc3; --skipped:#95a5a6; --ink:#1f2933; --muted:#616e7c; --line:#e4e7eb; }
            * { box-sizing: border-box; }
            body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:var(--ink);
                   background:#f5f7fa; }
            header { background:#102a43; color:#fff; padding:20px 32px; }
            header h1 { margin:0; font-size:22px; font-weight:600; }
            header .target { margin:4px 0 0; font:16px ui-monospace,SFMono-Regular,Menlo,monospace; color:#9fb3c8; }
            header .meta { margin:4px 0 0; color:#bcccdc; font-size:13px; }
            main { max-width:1200px; margin:0 auto; padding:16px 32px 32px; }
            section { background:#fff; border:1px solid var(--line); border-radius:8px; padding:16px 20px; margin:16px 0; }
            h2 { margin:0 0 12px; font-size:18px; }
            h3 { margin:0 0 6px; font-size:16px; }
            .cards { display:flex; flex-wrap:wrap; gap:12px; background:none; border:none; padding:0; }
            .card { flex:1 1 100px; background:#fff; border:1px solid var(--line); border-top:4px solid var(--muted);
                    border-radius:8px; padding:10px 14px; }
            .card b { display:block; font-size:26px; } .card span { color:var(--muted); text-transform:uppercase;
                    font-size:12px; letter-spacing:.05em; }
            .card.zero b { color:var(--muted); }
            .card.sev-high { border-top-color:var(--high); } .card.sev-medium { border-top-color:var(--medium); }
            .card.sev-low { border-top-color:var(--low); } .card.st-pass { border-top-color:var(--pass); }
            .card.st-fail { border-top-color:var(--fail); } .card.st-inconclusive { border-top-color:var(--inconclusive); }
            .card.st-skipped { border-top-color:var(--skipped); }
            dl { display:grid; grid-template-columns:180px 1fr; gap:6px 16px; margin:0; }
            dt { color:var(--muted); } dd { margin:0; }
            code { font:13px ui-monospace,SFMono-Regular,Menlo,monospace; background:#f0f4f8; padding:1px 4px;
                   border-radius:3px; }
            small { color:var(--muted); }
            .note { background:#fff8e1; border-left:4px solid var(--medium); padding:8px 12px; margin:10px 0 0; }
            .badge { display:inline-block; padding:1px 8px; border-radius:10px; color:#fff; font-size:12px;
                     font-weight:600; text-transform:uppercase; letter-spacing:.04em; }
            .badge.sev-high { background:var(--high); } .badge.sev-medium { background:var(--medium); }
            .badge.sev-low { background:var(--low); } .badge.sev-info { background:var(--muted); }
            .badge.st-pass { background:var(--pass); } .badge.st-fail { background:var(--fail); }
            .badge.st-inconclusive { background:var(--inconclusive); } .badge.st-skipped { background:var(--skipped); }
            .finding { border-left:4px solid var(--muted); padding:10px 16px; margin:14px 0; background:#fbfcfd;
                       border-radius:0 6px 6px 0; }
            .finding.sev-high { border-left-color:var(--high); } .finding.sev-medium { border-left-color:var(--medium); }
            .finding.sev-low { border-left-color:var(--low); }
            .rule { margin:0 0 8px; color:var(--muted); font-size:13px; }
            table { width:100%; border-collapse:collapse; font-size:14px; }
            th, td { text-align:left; vertical-align:top; padding:6px 8px; border-bottom:1px solid var(--line); }
            th { color:var(--muted); font-weight:600; font-size:12px; text-transform:uppercase; }
            td.url { font:13px ui-monospace,SFMono-Regular,Menlo,monospace; word-break:break-all; }
            pre { white-space:pre-wrap; background:#f0f4f8; padding:10px 12px; border-radius:6px;
                  font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace; }
            details summary { cursor:pointer; color:#243b53; font-weight:600; margin-top:8px; }
            .scroll { overflow-x:auto; border:1px solid var(--line); border-radius:6px; background:#fcfdfe; }
            svg.timeline { display:block; font-family:system-ui,sans-serif; }
            svg .axis { stroke:#bcccdc; stroke-width:1; } svg .lbl { font-size:12px; fill:#486581; }
            svg .lbl.sess { font-weight:700; fill:#102a43; } svg .tick { font-size:10px; fill:#829ab1; text-anchor:middle; }
            svg .ev { fill:none; stroke:#e12d39; stroke-width:3; } svg .probe { stroke:#102a43; stroke-width:1.5; }
            svg .del { font-size:15px; font-weight:700; fill:#e12d39; text-anchor:middle; }
            svg text.exp { font-size:11px; font-weight:700; fill:#1f2433; }
            svg .auth { font-size:11px; font-weight:700; }
            .legend { color:var(--muted); font-size:12px; margin:8px 0 0; }
            .dot, .ring { display:inline-block; width:10px; height:10px; border-radius:50%; vertical-align:middle; margin:0 2px 0 8px; }
            .dot.ok { background:#27ae60; } .dot.redir { background:#3498db; } .dot.cerr { background:#e67e22; }
            .dot.serr { background:#c0392b; } .ring { border:3px solid #e12d39; }
            .none { color:var(--muted); }
            footer { text-align:center; color:var(--muted); font-size:12px; padding:0 0 24px; }
            """;
}
