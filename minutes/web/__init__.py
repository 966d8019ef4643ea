"""The web form for secretaries: ``minutes serve`` (a Starlette app over a folder of outlines).

Owns: the pages (:mod:`.routes`, :mod:`.downloads`), outline keys ⇄ form boxes
(:mod:`.fields`, :mod:`.forms`), what a save does (:mod:`.editing`), the preview
(:mod:`.preview`), security (:mod:`.security`) and the server (:mod:`.server`).
May import: :mod:`minutes.api` and the base layer; the engine is reached through the api.
"""

from minutes import lazy_exports

__getattr__ = lazy_exports(__name__, {"create_app": "app", "serve": "server", "ServeError": "server"})
