"""E-mail (.eml) with the stdlib parser (policy.default): the headers an
analyst searches by, the text body (HTML stripped when there is no plain
part), each text attachment as its own block under "Subject > file", and a
forwarded message attached whole, read the same way. Binary attachments are
left out: they are not text, and this is not the place to parse them.
"""
from __future__ import annotations

from ..errors import LoadError
from ..types import Block
from .encoding import decode_text
from .webpage import text_of

HEADERS = ("From", "To", "Cc", "Date", "Subject")


def parse(data: bytes, source: str) -> tuple[list[Block], str | None]:
    from email import policy
    from email.parser import BytesParser

    msg = BytesParser(policy=policy.default).parsebytes(data)
    if not any(msg.get(h) for h in ("From", "To", "Date", "Subject")):
        raise LoadError(source, "not an e-mail message (no From, To, Date or Subject header)")
    subject = _subject(msg)
    return _blocks(msg, subject, source), subject


def _blocks(msg, heading: str | None, source: str) -> list[Block]:
    """Headers, body and attachments of one message; a forwarded message
    (message/rfc822) attached to it in turn, under "Subject > its subject"."""
    label = heading or "e-mail"
    blocks = [Block("\n".join(f"{h}: {msg[h]}" for h in HEADERS if msg.get(h)), heading=heading)]
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        blocks.append(Block(_text(body, source), heading=heading))
    for part in _leaves(msg):
        if part is body:
            continue
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            blocks += _blocks(inner, f"{label} > {_subject(inner) or 'forwarded message'}", source)
        elif part.get_content_maintype() == "text" and (part.is_attachment() or part.get_filename()):
            blocks.append(Block(_text(part, source), heading=f"{label} > {part.get_filename() or 'attachment'}"))
    return blocks


def _leaves(part):
    """The non-multipart parts, not descending into an attached message."""
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        yield part
        return
    for sub in part.iter_parts():
        yield from _leaves(sub)


def _subject(msg) -> str | None:
    return " ".join(str(msg.get("Subject") or "").split()) or None


def _text(part, source: str) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or lying charset: let the detector decide
        content = decode_text(part.get_payload(decode=True) or b"", source)
    if not isinstance(content, str):
        content = decode_text(content, source)
    if part.get_content_subtype() == "html":
        content = text_of(content)
    return content
