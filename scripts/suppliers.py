#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""suppliers.py [--boot] DTB: the devices a board's DTB needs drivers for.

Prints one line per device, tab-separated: node path, its compatibles
(space-separated, "-" for a node without one) and how the walk reached it
("start: ..." for a starting node, else the first consumer and property).
The walk starts at every enabled node whose compatible ends in "-pas" (the
remote processors) or, with --boot, at what the board needs to boot from
UFS and reach the network: the console (/chosen stdout-path) and the
enabled nodes of BOOT_COMPATIBLES. From there it follows, recursively:
  - the phandle properties of PHANDLE_PROPS (with their #*-cells), every
    "*-supply" (a regulator), "*-gpios" (a GPIO controller) and
    "pinctrl-N" (a pin controller's configuration node),
  - the interrupt parent of a node with "interrupts",
  - each device's ancestors that have a compatible (the bus or the
    controller that populates it),
  - for the remote processors, the suppliers that no phandle names
    (NO_PHANDLE, found by compatible) and a PAS node's "glink-edge" child
    (GLINK over SMEM, GLINK_EDGE).
A phandle to a node without a compatible (an SMP2P entry, a pin
configuration, a reserved-memory region) counts as its nearest ancestor
with one; a reserved-memory region with no device above it is listed as
"reserved" (the core claims it, no driver does).
"""

import struct
import sys

FDT_MAGIC = 0xd00dfeed
FDT_BEGIN_NODE, FDT_END_NODE, FDT_PROP, FDT_NOP, FDT_END = 1, 2, 3, 4, 9

# property -> the #cells property of its provider (None: bare phandles)
PHANDLE_PROPS = {
    'clocks': '#clock-cells',
    'power-domains': '#power-domain-cells',
    'interconnects': '#interconnect-cells',
    'interrupts-extended': '#interrupt-cells',
    'qcom,smem-states': '#qcom,smem-state-cells',
    'mboxes': '#mbox-cells',
    'iommus': '#iommu-cells',
    'hwlocks': '#hwlock-cells',
    'resets': '#reset-cells',
    'phys': '#phy-cells',
    'dmas': '#dma-cells',
    'qcom,qmp': None,
    'qcom,bcm-voters': None,
    'memory-region': None,
    'phy-handle': None,
}

# Property name patterns: a regulator, a GPIO controller, a pin controller.
SUPPLY_SUFFIX, GPIO_SUFFIXES, PINCTRL_PREFIX = '-supply', ('-gpios', '-gpio'), 'pinctrl-'

# --boot: the devices the ride boots from and talks through, besides the
# console: the UFS host, the PCIe root complexes, the Ethernet MACs.
BOOT_COMPATIBLES = ('qcom,ufshc', 'qcom,pcie-sa8775p', 'qcom,sa8775p-ethqos')

# Suppliers the PAS chain uses without a phandle, looked up by compatible:
# SCM (qcom_scm_is_available()), SMEM (SMP2P and GLINK items), command DB
# (RPMh addresses) and the IMEM relocation info (qcom_pil_info).
NO_PHANDLE = ('qcom,scm', 'qcom,smem', 'qcom,cmd-db', 'qcom,pil-reloc-info')

# The node name of the GLINK edge a PAS node carries; it has no compatible:
# qcom_common registers it with the GLINK SMEM transport.
GLINK_EDGE = 'glink-edge'


class Node:
    def __init__(self, name, parent):
        self.name, self.parent = name, parent
        self.props, self.children = {}, []

    @property
    def path(self):
        if self.parent is None:
            return '/'
        up = self.parent.path
        return (up if up != '/' else '') + '/' + self.name

    def u32s(self, prop):
        v = self.props.get(prop, b'')
        return list(struct.unpack('>%dI' % (len(v) // 4), v))

    def strings(self, prop):
        v = self.props.get(prop)
        return v.rstrip(b'\0').decode().split('\0') if v else []

    def enabled(self):
        return self.strings('status') in ([], ['okay'], ['ok'])


def parse(blob):
    magic, _, off_struct, off_strings = struct.unpack('>4I', blob[:16])
    if magic != FDT_MAGIC:
        sys.exit('not a flattened device tree')
    pos, node, root = off_struct, None, None
    while True:
        tag, = struct.unpack('>I', blob[pos:pos + 4])
        pos += 4
        if tag == FDT_BEGIN_NODE:
            end = blob.index(b'\0', pos)
            node = Node(blob[pos:end].decode(), node)
            if node.parent:
                node.parent.children.append(node)
            root = root or node
            pos = (end + 4) & ~3
        elif tag == FDT_END_NODE:
            node = node.parent
        elif tag == FDT_PROP:
            size, nameoff = struct.unpack('>II', blob[pos:pos + 8])
            name = blob[off_strings + nameoff:blob.index(b'\0', off_strings + nameoff)]
            node.props[name.decode()] = blob[pos + 8:pos + 8 + size]
            pos = (pos + 8 + size + 3) & ~3
        elif tag == FDT_END:
            return root
        elif tag != FDT_NOP:
            sys.exit('bad FDT tag %d' % tag)


def all_nodes(node):
    yield node
    for c in node.children:
        yield from all_nodes(c)


class Walk:
    def __init__(self, root):
        self.nodes = list(all_nodes(root))
        self.by_phandle = {n.u32s('phandle')[0]: n for n in self.nodes
                           if 'phandle' in n.props}
        self.found = {}         # path -> (node, reason), in walk order

    def device_of(self, node):
        while node.parent is not None:
            if 'compatible' in node.props or node.name == GLINK_EDGE:
                return node
            node = node.parent
        return None

    def add(self, node, reason, reserved=None):
        dev = self.device_of(node)
        if dev is None:
            if reserved is not None:
                self.found.setdefault(reserved.path, (reserved, reason))
            return
        if dev.path in self.found:
            return
        self.found[dev.path] = (dev, reason)
        self.visit(dev)

    def targets(self, node, prop, cells):
        vals, i = node.u32s(prop), 0
        while i < len(vals):
            if vals[i] == 0:    # an empty entry: a phandle of 0, no args
                i += 1
                continue
            target = self.by_phandle[vals[i]]
            yield target
            i += 1 + (target.u32s(cells)[0] if cells else 0)

    def interrupt_parent(self, node):
        while node is not None:
            if 'interrupt-parent' in node.props:
                return self.by_phandle[node.u32s('interrupt-parent')[0]]
            node = node.parent
        return None

    def phandle_props(self, node):
        """(property, #cells property or None) for each phandle property."""
        for prop in node.props:
            if prop in PHANDLE_PROPS:
                yield prop, PHANDLE_PROPS[prop]
            elif prop.endswith(SUPPLY_SUFFIX) or (
                    prop.startswith(PINCTRL_PREFIX) and prop[len(PINCTRL_PREFIX):].isdigit()):
                yield prop, None
            elif prop.endswith(GPIO_SUFFIXES) or prop == 'gpios':
                yield prop, '#gpio-cells'

    def visit(self, node):
        for sub in [node] + [c for c in node.children if c.name == GLINK_EDGE]:
            if sub is not node:
                self.add(sub, '%s child' % node.name)
            for prop, cells in self.phandle_props(sub):
                for t in self.targets(sub, prop, cells):
                    self.add(t, '%s %s' % (sub.name, prop), reserved=t)
            if 'interrupts' in sub.props:
                ip = self.interrupt_parent(sub)
                if ip is not None:
                    self.add(ip, '%s interrupts' % sub.name)
        up = node.parent
        while up is not None and up.parent is not None:
            if 'compatible' in up.props:
                self.add(up, '%s parent' % node.name)
                break
            up = up.parent

    def start(self, node, why):
        if node.path not in self.found:
            self.found[node.path] = (node, 'start: ' + why)
            self.visit(node)

    def by_path(self, path):
        return next((n for n in self.nodes if n.path == path), None)

    def console(self):
        chosen = self.by_path('/chosen')
        if chosen is None or 'stdout-path' not in chosen.props:
            return None
        name = chosen.strings('stdout-path')[0].split(':')[0]
        aliases = self.by_path('/aliases')
        if not name.startswith('/') and aliases is not None:
            name = (aliases.strings(name) or [name])[0]
        return self.by_path(name)

    def run(self, boot=False):
        if boot:
            starts = [(n, 'console') for n in [self.console()] if n is not None]
            starts += [(n, c) for n in self.nodes if n.enabled()
                       for c in n.strings('compatible') if c in BOOT_COMPATIBLES]
        else:
            starts = [(n, 'remoteproc') for n in self.nodes if n.enabled() and
                      any(c.endswith('-pas') for c in n.strings('compatible'))]
        for n, why in starts:
            self.start(n, why)
        if not boot and starts:
            for compat in NO_PHANDLE:
                for n in self.nodes:
                    if compat in n.strings('compatible') and n.enabled():
                        self.add(n, 'no phandle: %s' % compat)
        return starts


def main():
    args = sys.argv[1:]
    boot = args[:1] == ['--boot']
    if boot:
        args = args[1:]
    if len(args) != 1:
        sys.exit('usage: suppliers.py [--boot] DTB')
    with open(args[0], 'rb') as f:
        walk = Walk(parse(f.read()))
    if not walk.run(boot):
        sys.exit('no enabled %s node in %s' % ('boot' if boot else 'PAS', args[0]))
    for path, (node, reason) in walk.found.items():
        if 'compatible' in node.props:
            compat = ' '.join(node.strings('compatible'))
        elif node.name == GLINK_EDGE:
            compat = '-'
        else:
            compat = 'reserved'
        print('%s\t%s\t%s' % (path, compat, reason))


if __name__ == '__main__':
    main()
