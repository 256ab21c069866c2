"""Reports: a comparison and its review as markdown, HTML or JSON (the --json output too)."""

from tui.core.report.json_output import comparison_to_dict, comparison_to_json
from tui.core.report.write import render_report, report_file_name, write_report

__all__ = [
    "comparison_to_dict",
    "comparison_to_json",
    "render_report",
    "report_file_name",
    "write_report",
]
