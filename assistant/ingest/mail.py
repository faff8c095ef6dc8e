"""E-mail (.eml) with the stdlib parser (policy.default): the headers an
analyst searches by, the text body (HTML stripped when there is no plain
part), and each text attachment as its own block under "Subject > file"."""
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
    present = [(h, str(msg[h])) for h in HEADERS if msg.get(h)]
    if not any(h in ("From", "To", "Date", "Subject") for h, _ in present):
        raise LoadError(source, "not an e-mail message (no From, To, Date or Subject header)")
    subject = " ".join(str(msg.get("Subject") or "").split()) or None
    label = subject or "e-mail"
    blocks = [Block("\n".join(f"{h}: {v}" for h, v in present), heading=subject)]
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        blocks.append(Block(_text(body, source), heading=subject))
    for part in msg.walk():
        if part is body or part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.is_attachment() or part.get_filename():
            name = part.get_filename() or "attachment"
            blocks.append(Block(_text(part, source), heading=f"{label} > {name}"))
    return blocks, subject


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
