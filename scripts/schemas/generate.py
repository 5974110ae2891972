#!/usr/bin/env python3
"""Writes Meshscope's schema set (models/config/schemas/*.yaml) from CustomResourceDefinition bundles.

Only facts are carried over: field names, types, formats, enums, bounds, required fields, list/map semantics,
defaults and validation rules with the message the API server returns. Descriptions are dropped. Object
structures become named types (one per distinct structure) so that a shape used in many places (a string match,
a port selector, a traffic policy) is written once.

    scripts/schemas/generate.py OUT.yaml BUNDLE.yaml [BUNDLE.yaml ...]

The C++ side (models/config/schemaset) reads the result, and tests/config checks it field by field against the
upstream bundle. Run by hand when the bundle changes; the output is committed.
"""
import json
import re
import sys

import yaml

KEY_ORDER = ['type', 'nullable', 'format', 'enum', 'default', 'min', 'max', 'exclusiveMin', 'exclusiveMax',
             'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'minProperties', 'maxProperties',
             'listType', 'listMapKeys', 'mapType', 'items', 'values', 'preserveUnknown', 'required', 'exclusive',
             'oneOf', 'anyOf', 'allOf', 'not', 'rules', 'fields']
SIMPLE = {('string', None): 'string', ('integer', None): 'integer', ('number', None): 'number',
          ('boolean', None): 'boolean', ('integer', 'int32'): 'int32', ('integer', 'int64'): 'int64',
          ('number', 'double'): 'double', ('number', 'float'): 'float', ('string', 'date-time'): 'date-time',
          ('string', 'byte'): 'byte'}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k != 'description'}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def oneof_group(alternatives):
    """[a, b] when alternatives is the 'at most one of a, b' shape protobuf oneofs generate, else None."""
    if not alternatives or set(alternatives[0]) != {'not'}:
        return None
    inner = alternatives[0]['not']
    if set(inner) != {'anyOf'}:
        return None
    names = []
    for option in inner['anyOf']:
        if set(option) != {'required'} or len(option['required']) != 1:
            return None
        names.append(option['required'][0])
    if alternatives[1:] != [{'required': [n]} for n in names]:
        return None
    return names


class Generator:
    def __init__(self):
        self.types = {}  # name -> own node (dict)
        self.by_hash = {}  # structure hash -> name
        self.wanted = {}  # structure hash -> [(field name, parent type name)]

    # Pass 1: which names each structure would like.
    def collect(self, node, field, parent):
        if not isinstance(node, dict):
            return
        if node.get('type') == 'object' and 'properties' in node:
            key = (json.dumps(node, sort_keys=True), camel(field))
            self.wanted.setdefault(key, []).append((field, parent))
            if field != 'spec':  # a kind's spec fields are named after the kind
                parent = field
        for name, child in node.get('properties', {}).items():
            self.collect(child, name, parent)
        if 'items' in node:
            self.collect(node['items'], singular(field), parent)
        if isinstance(node.get('additionalProperties'), dict):
            self.collect(node['additionalProperties'], singular(field), parent)

    def assign_names(self, fixed):
        taken = {}
        for key, name in fixed.items():
            self.by_hash[key] = name
            taken[name] = key
        for key, uses in self.wanted.items():
            if key in self.by_hash:
                continue
            first_field, first_parent = uses[0]
            candidates = [camel(first_field), camel(first_parent) + camel(first_field)]
            name = next((c for c in candidates if c not in taken), None)
            n = 2
            while name is None:
                if candidates[-1] + str(n) not in taken:
                    name = candidates[-1] + str(n)
                n += 1
            self.by_hash[key] = name
            taken[name] = key

    # Pass 2: the own representation.
    def node(self, node, field=''):
        node = dict(node)
        t = node.pop('type', None)
        out = {}
        if node.pop('x-kubernetes-int-or-string', False):
            if node.get('anyOf') == [{'type': 'integer'}, {'type': 'string'}]:
                node.pop('anyOf')
            expr = 'int-or-string'
        elif t == 'object' and 'properties' in node:
            key = (json.dumps(dict(node, type='object'), sort_keys=True), camel(field))
            name = self.by_hash[key]
            if name not in self.types:
                self.types[name] = None  # recursion guard
                self.types[name] = self.object_type(node)
            return name
        elif t == 'object' and isinstance(node.get('additionalProperties'), dict):
            values = self.node(node.pop('additionalProperties'), singular(field))
            expr = 'map'
            out['values'] = values
        elif t == 'object':
            expr = 'json' if node.pop('x-kubernetes-preserve-unknown-fields', False) else 'object'
        elif t == 'array':
            expr = 'list'
            out['items'] = self.node(node.pop('items'), singular(field))
        elif t is None and node.pop('x-kubernetes-preserve-unknown-fields', False):
            expr = 'any'
        elif t is None:
            expr = 'untyped'
        else:
            expr = SIMPLE.get((t, node.get('format')))
            if expr:
                node.pop('format', None)
            else:
                expr = t
        self.constraints(node, out)
        if expr in ('list', 'map'):
            inner = out['items' if expr == 'list' else 'values']
            if isinstance(inner, str):
                del out['items' if expr == 'list' else 'values']
                expr = '%s(%s)' % (expr, inner)
        if out.pop('nullable', False):
            expr += '?'
        if not out:
            return expr
        out['type'] = expr
        return ordered(out)

    def object_type(self, node):
        out = {}
        fields = node.pop('properties')
        self.constraints(node, out)
        if node.pop('x-kubernetes-preserve-unknown-fields', False):
            out['preserveUnknown'] = True
        out['fields'] = {name: self.node(child, name) for name, child in fields.items()}
        if out.pop('nullable', False):
            out['nullable'] = True
        return ordered(out)

    def constraints(self, node, out):
        groups = []
        if 'oneOf' in node and oneof_group(node['oneOf']):
            groups.append(oneof_group(node.pop('oneOf')))
        if 'allOf' in node and all(set(x) == {'oneOf'} and oneof_group(x['oneOf']) for x in node['allOf']):
            groups += [oneof_group(x['oneOf']) for x in node.pop('allOf')]
        if groups:
            out['exclusive'] = groups
        renames = {'minimum': 'min', 'maximum': 'max', 'exclusiveMinimum': 'exclusiveMin',
                   'exclusiveMaximum': 'exclusiveMax', 'x-kubernetes-list-type': 'listType',
                   'x-kubernetes-list-map-keys': 'listMapKeys', 'x-kubernetes-map-type': 'mapType',
                   'x-kubernetes-validations': 'rules', 'x-kubernetes-preserve-unknown-fields': 'preserveUnknown'}
        for key in list(node):
            if key in ('enum', 'default', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems',
                       'minProperties', 'maxProperties', 'required', 'nullable', 'oneOf', 'anyOf', 'allOf',
                       'not', 'format'):
                out[key] = node.pop(key)
            elif key in renames:
                out[renames[key]] = node.pop(key)
        if 'rules' in out:
            order = ['rule', 'message', 'messageExpression', 'reason', 'fieldPath', 'optionalOldSelf']
            out['rules'] = [{k: r[k] for k in order if k in r} for r in out['rules']]
        if node:
            raise SystemExit('unhandled schema keys: %s' % sorted(node))


def singular(name):
    if name.endswith('ies'):
        return name[:-3] + 'y'
    if name.endswith('sses') or name.endswith('ches'):
        return name[:-2]
    if name.endswith('s') and not name.endswith('ss') and len(name) > 3:
        return name[:-1]
    return name


def camel(name):
    parts = re.split(r'[_\W]+', name)
    return ''.join(p[:1].upper() + p[1:] for p in parts if p)


def ordered(out):
    return {k: out[k] for k in KEY_ORDER if k in out}


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    crds = []
    for path in sys.argv[2:]:
        with open(path) as f:
            crds += [d for d in yaml.safe_load_all(f) if d and d.get('kind') == 'CustomResourceDefinition']
    crds.sort(key=lambda d: (d['spec']['group'], d['spec']['names']['kind']))
    gen = Generator()
    roots = {}
    fixed = {}
    for crd in crds:
        kind = crd['spec']['names']['kind']
        versions = crd['spec']['versions']
        schemas = {json.dumps(strip(v['schema']['openAPIV3Schema']), sort_keys=True) for v in versions}
        if len(schemas) != 1:
            raise SystemExit('%s: versions differ in schema; not supported' % kind)
        root = strip(versions[0]['schema']['openAPIV3Schema'])
        roots[kind] = root
        fixed[(json.dumps(root, sort_keys=True), camel(kind))] = kind
        spec = root.get('properties', {}).get('spec')
        if spec and spec.get('type') == 'object' and 'properties' in spec:
            fixed.setdefault((json.dumps(spec, sort_keys=True), 'Spec'), kind + 'Spec')
        gen.collect(root, kind, '')
    gen.assign_names(fixed)
    kinds = {}
    for crd in crds:
        spec = crd['spec']
        names = spec['names']
        kind = names['kind']
        versions = spec['versions']
        entry = {'group': spec['group'], 'plural': names['plural'], 'singular': names['singular']}
        if names.get('listKind', kind + 'List') != kind + 'List':
            entry['listKind'] = names['listKind']
        for key in ('shortNames', 'categories'):
            if names.get(key):
                entry[key] = names[key]
        if spec.get('scope', 'Namespaced') != 'Namespaced':
            entry['scope'] = spec['scope']
        entry['versions'] = [v['name'] for v in versions]
        entry['storage'] = next(v['name'] for v in versions if v.get('storage'))
        unserved = [v['name'] for v in versions if not v.get('served', True)]
        if unserved:
            entry['unserved'] = unserved
        deprecated = [v['name'] for v in versions if v.get('deprecated')]
        if deprecated:
            entry['deprecated'] = deprecated
        columns = versions[0].get('additionalPrinterColumns', [])
        if columns:
            entry['columns'] = [{k: c[k] for k in ('name', 'type', 'jsonPath', 'priority', 'format') if k in c}
                                for c in columns]
        if not versions[0].get('subresources', {}).get('status') is not None:
            entry['statusSubresource'] = False
        annotations = {k: v for k, v in crd['metadata'].get('annotations', {}).items()
                       if k.startswith('gateway.networking.k8s.io/')}
        if annotations:
            entry['annotations'] = annotations
        entry['schema'] = gen.node(roots[kind], kind)
        kinds[kind] = entry
    out = {'kinds': kinds, 'types': {k: gen.types[k] for k in sorted(gen.types)}}
    header = ('# Meshscope schema set: every field of these resource kinds with its type, format, enum, bounds,\n'
              '# required fields, list and map semantics, defaults and validation rules (with the message the API\n'
              '# server answers). Facts only, no descriptions. Written by scripts/schemas/generate.py; checked\n'
              '# field by field against the upstream CRDs by tests/config. Format: models/config/schemas/README.md.\n')
    with open(sys.argv[1], 'w') as f:
        f.write(header)
        yaml.safe_dump(out, f, sort_keys=False, width=110, default_flow_style=None, allow_unicode=True)


if __name__ == '__main__':
    main()
