#!/usr/bin/env python3
"""A tiny SMTP server for the scale-out bench: accepts every message and appends its Message-ID to a file.

Usage: smtp-sink.py PORT OUTFILE. Loopback only. Counting Message-IDs (the outbox id) shows whether any email was
delivered twice.
"""
import asyncio
import sys

PORT = int(sys.argv[1])
OUT = sys.argv[2]


async def handle(reader, writer):
    def send(line):
        writer.write((line + "\r\n").encode())

    send("220 sink ESMTP")
    await writer.drain()
    message_id = None
    while True:
        line = await reader.readline()
        if not line:
            break
        command = line.decode(errors="replace").strip()
        verb = command.split(" ")[0].upper()
        if verb in ("EHLO", "HELO"):
            send("250 sink")
        elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
            send("250 OK")
        elif verb == "DATA":
            send("354 go ahead")
            await writer.drain()
            message_id = None
            while True:
                data = await reader.readline()
                if not data or data in (b".\r\n", b".\n"):
                    break
                text = data.decode(errors="replace")
                if message_id is None and text.lower().startswith("message-id:"):
                    message_id = text.split(":", 1)[1].strip().strip("<>")
            with open(OUT, "a", encoding="utf-8") as f:
                f.write((message_id or "no-id") + "\n")
            send("250 queued")
        elif verb == "QUIT":
            send("221 bye")
            await writer.drain()
            break
        else:
            send("250 OK")
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()


asyncio.run(main())
