"""A small BPMN 2.0 writer with a grid layout, used by generate.py to write workflows/*.bpmn.

Nodes sit on a grid (column, row: fractions allowed); sub-processes are sized to their content; sequence
flows are routed orthogonally.
"""
from xml.sax.saxutils import escape, quoteattr

COLW, ROWH, X0, Y0 = 150, 100, 100, 480
SIZES = {
    "task": (100, 80), "event": (36, 36), "gateway": (50, 50),
}
TASKS = {"userTask", "serviceTask"}
EVENTS = {"startEvent", "endEvent", "intermediateCatchEvent", "boundaryEvent"}
GATEWAYS = {"exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway"}
PAD = 40


class Node:
    def __init__(self, d, id, tag, name, col=0.0, row=0.0, parent=None, attrs=None, body=""):
        self.d, self.id, self.tag, self.name, self.col, self.row = d, id, tag, name, col, row
        self.parent, self.attrs, self.body = parent, attrs or {}, body
        self.children = []
        self.host = None
        self.edge = None  # boundary: ("bottom"|"top", fraction)
        self.extra_pad = (0, 0, 0, 0)

    @property
    def kind(self):
        if self.tag in TASKS:
            return "task"
        if self.tag in EVENTS:
            return "event"
        if self.tag in GATEWAYS:
            return "gateway"
        return "sub"

    def bounds(self):
        if self.kind == "sub":
            xs, ys, xe, ye = [], [], [], []
            for c in self.children:
                x, y, w, h = c.bounds()
                xs.append(x), ys.append(y), xe.append(x + w), ye.append(y + h)
                for b in self.d.boundaries_of(c):
                    bx, by, bw, bh = b.bounds()
                    ye.append(by + bh + 20)
            l, t, r, b = self.extra_pad
            x, y = min(xs) - PAD - l, min(ys) - PAD - t
            return x, y, max(xe) + PAD + r - x, max(ye) + PAD + b - y
        if self.kind == "event" and self.host is not None:
            hx, hy, hw, hh = self.host.bounds()
            side, f = self.edge
            cx = hx + hw * f
            cy = hy + hh if side == "bottom" else hy
            return cx - 18, cy - 18, 36, 36
        w, h = SIZES[self.kind]
        cx, cy = X0 + self.col * COLW, Y0 + self.row * ROWH
        return cx - w / 2, cy - h / 2, w, h

    def center(self):
        x, y, w, h = self.bounds()
        return x + w / 2, y + h / 2

    def dock(self, side):
        x, y, w, h = self.bounds()
        cx, cy = x + w / 2, y + h / 2
        return {"left": (x, cy), "right": (x + w, cy), "top": (cx, y), "bottom": (cx, y + h)}[side]


class Flow:
    def __init__(self, id, src, tgt, name, cond, route):
        self.id, self.src, self.tgt, self.name, self.cond, self.route = id, src, tgt, name, cond, route


class Diagram:
    def __init__(self, process_id, process_name, doc):
        self.process_id, self.process_name, self.doc = process_id, process_name, doc
        self.nodes, self.flows, self.messages, self.errors, self.escalations = {}, [], [], [], []
        self.defaults = {}
        self.process_attrs = {}

    # ----- declarations
    def message(self, id, name):
        self.messages.append((id, name))

    def error(self, id, name, code):
        self.errors.append((id, name, code))

    def escalation(self, id, name, code):
        self.escalations.append((id, name, code))

    def add(self, id, tag, name, col, row, parent=None, attrs=None, body=""):
        assert id not in self.nodes, id
        n = Node(self, id, tag, name, col, row, parent, attrs, body)
        self.nodes[id] = n
        if parent is not None:
            self.nodes[parent].children.append(n)
        return n

    def boundary(self, id, host, name, side, f, definition, cancel=True):
        attrs = {"attachedToRef": host}
        if not cancel:
            attrs["cancelActivity"] = "false"
        n = self.add(id, "boundaryEvent", name, 0, 0, self.nodes[host].parent, attrs, definition)
        n.host, n.edge = self.nodes[host], (side, f)
        return n

    def boundaries_of(self, node):
        return [n for n in self.nodes.values() if n.host is node]

    def flow(self, src, tgt, name=None, cond=None, default=False, route=None):
        id = f"{src}To{tgt[0].upper()}{tgt[1:]}"
        f = Flow(id, self.nodes[src], self.nodes[tgt], name, cond, route)
        self.flows.append(f)
        if default:
            self.defaults[src] = id
        return f

    # ----- routing
    def waypoints(self, f):
        s, t = f.src, f.tgt
        sx, sy = s.center()
        tx, ty = t.center()
        r = f.route
        if r and r[0] == "back":  # below both, then up into the target's bottom
            y = Y0 + r[1] * ROWH
            return [s.dock("bottom"), (sx, y), (tx, y), t.dock("bottom")]
        if r and r[0] == "over":  # above: out of the source's top, into the target's top
            y = Y0 + r[1] * ROWH
            return [s.dock("top"), (sx, y), (tx, y), t.dock("top")]
        if r and r[0] == "down":  # out of the bottom, then right into the target's left side
            return [s.dock("bottom"), (sx, ty), t.dock("left")]
        if r and r[0] == "up":
            return [s.dock("top"), (sx, ty), t.dock("left")]
        if s.host is not None:  # boundary event
            side = s.edge[0]
            if abs(tx - sx) < 1:
                return [s.dock(side), t.dock("top" if side == "bottom" else "bottom")]
            return [s.dock(side), (sx, ty), t.dock("left")]
        if abs(sy - ty) < 1:
            return [s.dock("right"), t.dock("left")]
        if abs(sx - tx) < 1:
            return [s.dock("bottom" if ty > sy else "top"), t.dock("top" if ty > sy else "bottom")]
        if s.kind == "gateway" and t.kind != "gateway":
            return [s.dock("bottom" if ty > sy else "top"), (sx, ty), t.dock("left")]
        if t.kind == "gateway":
            return [s.dock("right"), (tx, sy), t.dock("top" if sy < ty else "bottom")]
        mx = t.dock("left")[0] - 25
        return [s.dock("right"), (mx, sy), (mx, ty), t.dock("left")]

    # ----- XML
    def node_xml(self, n, ind):
        p = " " * ind
        attrs = {"id": n.id}
        if n.name:
            attrs["name"] = n.name
        attrs.update(n.attrs)
        if n.id in self.defaults:
            attrs["default"] = self.defaults[n.id]
        a = "".join(f" {k}={quoteattr(v)}" for k, v in attrs.items())
        inner = []
        for f in self.flows:
            if f.tgt is n:
                inner.append(f"{p}  <bpmn:incoming>{f.id}</bpmn:incoming>")
        for f in self.flows:
            if f.src is n:
                inner.append(f"{p}  <bpmn:outgoing>{f.id}</bpmn:outgoing>")
        if n.body:
            inner.append(f"{p}  {n.body}")
        if n.kind == "sub":
            inner.extend(self.container_xml(n, ind + 2))
        if not inner:
            return [f"{p}<bpmn:{n.tag}{a} />"]
        return [f"{p}<bpmn:{n.tag}{a}>", *inner, f"{p}</bpmn:{n.tag}>"]

    def container_xml(self, parent, ind):
        pid = parent.id if parent else None
        lines = []
        members = [n for n in self.nodes.values() if (n.parent == pid)]
        for n in members:
            lines.extend(self.node_xml(n, ind))
        p = " " * ind
        for f in self.flows:
            if f.src.parent != pid:
                continue
            assert f.tgt.parent == pid, f"{f.id} crosses a scope"
            a = f' id="{f.id}"' + (f" name={quoteattr(f.name)}" if f.name else "") + f' sourceRef="{f.src.id}" targetRef="{f.tgt.id}"'
            if f.cond:
                lines.append(f"{p}<bpmn:sequenceFlow{a}>")
                lines.append(f'{p}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f.cond)}</bpmn:conditionExpression>')
                lines.append(f"{p}</bpmn:sequenceFlow>")
            else:
                lines.append(f"{p}<bpmn:sequenceFlow{a} />")
        return lines

    def di_xml(self):
        lines = []
        for n in self.nodes.values():
            x, y, w, h = n.bounds()
            extra = ' isExpanded="true"' if n.kind == "sub" else ""
            extra += ' isMarkerVisible="true"' if n.tag == "exclusiveGateway" else ""
            lines.append(f'      <bpmndi:BPMNShape id="{n.id}_di" bpmnElement="{n.id}"{extra}>')
            lines.append(f'        <dc:Bounds x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" />')
            lines.append("      </bpmndi:BPMNShape>")
        for f in self.flows:
            lines.append(f'      <bpmndi:BPMNEdge id="{f.id}_di" bpmnElement="{f.id}">')
            for (x, y) in self.waypoints(f):
                lines.append(f'        <di:waypoint x="{x:g}" y="{y:g}" />')
            lines.append("      </bpmndi:BPMNEdge>")
        return lines

    def xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               f"<!-- {self.doc} -->",
               '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"'
               ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'
               ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"'
               ' xmlns:di="http://www.omg.org/spec/DD/20100524/DI"'
               ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
               ' xmlns:gov="https://schemas.govworkflow.org/bpmn/gov/1.0"'
               f' id="{self.process_id}Definitions" targetNamespace="https://govworkflow.org/workflows">']
        for id, name in self.messages:
            out.append(f'  <bpmn:message id="{id}" name="{name}" />')
        for id, name, code in self.errors:
            out.append(f'  <bpmn:error id="{id}" name="{name}" errorCode="{code}" />')
        for id, name, code in self.escalations:
            out.append(f'  <bpmn:escalation id="{id}" name="{name}" escalationCode="{code}" />')
        pa = "".join(f" {k}={quoteattr(v)}" for k, v in self.process_attrs.items())
        out.append(f'  <bpmn:process id="{self.process_id}" name="{self.process_name}" isExecutable="true"{pa}>')
        out.extend(self.container_xml(None, 4))
        out.append("  </bpmn:process>")
        out.append(f'  <bpmndi:BPMNDiagram id="{self.process_id}Diagram">')
        out.append(f'    <bpmndi:BPMNPlane id="{self.process_id}Plane" bpmnElement="{self.process_id}">')
        out.extend(self.di_xml())
        out.append("    </bpmndi:BPMNPlane>")
        out.append("  </bpmndi:BPMNDiagram>")
        out.append("</bpmn:definitions>")
        return "\n".join(out) + "\n"


def timer(days, start=None):
    """A working-day timer; `start` (gov:from, =FEEL) counts from that day instead of from when the timer starts."""
    since = f" gov:from={quoteattr(start)}" if start else ""
    return f'<bpmn:timerEventDefinition gov:workingDays={quoteattr(days)}{since} />'


def message(ref):
    return f'<bpmn:messageEventDefinition messageRef="{ref}" />'


def error(ref):
    return f'<bpmn:errorEventDefinition errorRef="{ref}" />'


def escalation(ref):
    return f'<bpmn:escalationEventDefinition escalationRef="{ref}" />'


TERMINATE = "<bpmn:terminateEventDefinition />"
