"""The terminal app (Textual): the analyst's workbench and the reviewer's console.

    from assistant.tui.app import AssistantApp
    AssistantApp(settings).run()
"""
