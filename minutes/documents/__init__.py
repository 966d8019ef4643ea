"""From the validated model to what each document prints.

Owns: the kinds of document (:mod:`.kinds`: biên bản, thông báo kết luận, báo cáo,
giấy mời, tin bài), the template context (:mod:`.context`) and its numbered sections
(:mod:`.sections`), how bodies are named in running text (:mod:`.naming`), the words
that differ between styles (:mod:`.wording`), and the news item (:mod:`.news`).
May import: the base layer, :mod:`minutes.vietnamese`. Never the outline reader:
it works on :class:`minutes.model.Outline` objects only.
"""

from minutes import lazy_exports

__getattr__ = lazy_exports(__name__, {
    "DOCUMENTS": "kinds", "BY_NAME": "kinds", "DocumentType": "kinds",
    "build_context": "context", "news_item": "news", "unit_name": "naming",
})
