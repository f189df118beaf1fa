#!/usr/bin/env python3
"""Writes injection-3.1.json: hostile text in every place an OpenAPI document holds text.

JSON with ASCII escapes, so that the file can carry NUL, U+2028 and lone surrogates verbatim.
"""
import json

EXIT = "*/ static { System.exit(1); } /*"
UNI = "\\u002a/ class Evil {} /*"            # a backslash-u escape as text: javac decodes these even in comments
LF = "\\u000a static int injected; //"       # a unicode newline, as text
TEXT = ("Nothing here may become code. " + EXIT + " " + UNI + " " + LF + " \\u000d \\u0022 \\\\u005c\\u005c "
        "@see Evil @deprecated {@code x} {@link Evil} {@inheritDoc} <script>alert(1)</script> </pre> <!-- "
        "NUL\u0000 BEL\u0007 ESC\u001b DEL\u007f LS\u2028 PS\u2029 NEL\u0085 lone\ud800 lone\udc00 "
        "bidi\u202eevil\u202c zero\u200bwidth BOM\ufeff pair\U0001F600 $L $S $$ %s \"quoted\" 'single'")
VALUES = [EXIT, UNI, LF, "\\u0022); System.exit(1); (\\u0022", "\"); System.exit(1); (\"", "\\\\u005c", "\\",
          "@see", "{@code", "</pre>", "<script>", "nul\u0000", "ls\u2028", "ps\u2029", "lone\ud800", "lone\udc00",
          "bidi\u202e", "\U0001F600", "", " ", "*/", "/*", "//", "con", "..", "../../Evil"]
PROPS = VALUES[:]  # the same strings as property names
schema_name = "Payload " + EXIT
spec = {
  "openapi": "3.1.0",
  "info": {"title": "Hostile " + EXIT + " " + UNI + " \u2028 \ud800 API", "version": "1.0 " + EXIT,
           "description": TEXT, "summary": TEXT},
  "servers": [{"url": "https://127.0.0.1/v1\"; static { System.exit(1); } //" + "\u2028\u0000\ud800",
               "description": TEXT}],
  "tags": [{"name": "things " + EXIT, "description": TEXT}, {"name": UNI, "description": TEXT}],
  "paths": {
    "/things/{id" + EXIT + "}": {
      "summary": TEXT, "description": TEXT,
      "get": {
        "operationId": "get" + EXIT, "tags": ["things " + EXIT], "summary": TEXT, "description": TEXT,
        "parameters": [
          {"name": "id" + EXIT, "in": "path", "required": True, "description": TEXT, "schema": {"type": "string"}},
          {"name": "X-Evil\r\nInjected: " + EXIT, "in": "header", "description": TEXT,
           "schema": {"type": "string", "default": EXIT, "example": UNI}},
          {"name": "q\"); System.exit(1); (\"", "in": "query", "description": TEXT,
           "schema": {"type": "string", "enum": VALUES}},
          {"name": UNI, "in": "query", "schema": {"type": "integer", "default": 3}},
          {"name": "c\ud800", "in": "cookie", "schema": {"type": "string"}},
        ],
        "responses": {
          "200": {"description": TEXT,
                  "headers": {"X-Rate" + EXIT: {"description": TEXT, "schema": {"type": "integer"}}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/" + schema_name.replace("~", "~0").replace("/", "~1")}}}},
          "default": {"description": TEXT,
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shape"}}}},
        },
      },
      "post": {
        "operationId": UNI, "tags": [UNI], "description": TEXT,
        "requestBody": {"description": TEXT, "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shape"}}}},
        "responses": {"204": {"description": TEXT}},
      },
    }
  },
  "components": {
    "securitySchemes": {
      "key " + EXIT: {"type": "apiKey", "in": "header", "name": "X-Key\"; System.exit(1); //", "description": TEXT},
      UNI: {"type": "http", "scheme": "bearer", "description": TEXT},
    },
    "schemas": {
      schema_name: {
        "type": "object", "title": TEXT, "description": TEXT, "example": {"a": EXIT},
        "required": [EXIT],
        "properties": dict(
          [(p, {"type": "string", "description": TEXT, "title": TEXT, "default": p, "example": p}) for p in PROPS]
          + [("kind " + EXIT, {"$ref": "#/components/schemas/Values"}),
             ("nested " + UNI, {"type": "object", "description": TEXT,
                                  "properties": {EXIT: {"type": "integer", "default": 7}}})]),
      },
      "Values": {"type": "string", "description": TEXT, "enum": VALUES, "default": EXIT},
      "Circle": {"type": "object", "description": TEXT, "required": ["kind" + EXIT],
                 "properties": {"kind" + EXIT: {"type": "string"}, "radius": {"type": "number"}}},
      "Square": {"type": "object", "description": TEXT, "required": ["kind" + EXIT],
                 "properties": {"kind" + EXIT: {"type": "string"}, "side": {"type": "number"}}},
      "Shape": {"description": TEXT,
                "oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}],
                "discriminator": {"propertyName": "kind" + EXIT,
                                  "mapping": {"circle\"); System.exit(1); (\"": "#/components/schemas/Circle",
                                              "square\ud800" + UNI: "#/components/schemas/Square"}}},
    },
  },
}
with open("injection-3.1.json", "w") as f:
    json.dump(spec, f, indent=2, ensure_ascii=True)
    f.write("\n")
