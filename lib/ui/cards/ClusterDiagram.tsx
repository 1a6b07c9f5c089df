import { useI18n } from '../../i18n';
import { enFaces } from '../../i18n/enFaces';
import { withExtraStrings } from '../../i18n/WithExtraStrings';
import type { Plane } from '../../model';

interface Box {
  name: string;
  /** The text in the box, one or two lines: at 12 px a long name takes two. */
  lines?: [string, string];
  x: number;
  y: number;
  plane: Plane;
}

const W = 108;
const H = 38;
// Three boxes a row inside a 348-wide group. The type is 14 units: drawn 12 px or more in a 390-px phone's card (9 was too small to read).
const COLUMNS = [12, 124, 236];
const BOXES: Box[] = [
  { name: 'kube-apiserver', lines: ['kube-', 'apiserver'], x: COLUMNS[0], y: 34, plane: 'control-plane' },
  { name: 'etcd', x: COLUMNS[1], y: 34, plane: 'control-plane' },
  { name: 'kube-scheduler', lines: ['kube-', 'scheduler'], x: COLUMNS[2], y: 34, plane: 'control-plane' },
  { name: 'kube-controller-manager', lines: ['controller-', 'manager'], x: COLUMNS[0], y: 78, plane: 'control-plane' },
  { name: 'cloud-controller-manager', lines: ['cloud-', 'controller'], x: COLUMNS[1], y: 78, plane: 'control-plane' },
  { name: 'kubelet', x: COLUMNS[0], y: 154, plane: 'node' },
  { name: 'container runtime', lines: ['container', 'runtime'], x: COLUMNS[1], y: 154, plane: 'node' },
  { name: 'kube-proxy', x: COLUMNS[2], y: 154, plane: 'node' },
  { name: 'CoreDNS', x: COLUMNS[0], y: 232, plane: 'addon' },
  { name: 'Headlamp', x: COLUMNS[1], y: 232, plane: 'addon' },
];

/** Which box a component name stands for ("containerd" is the container runtime, "kube-dns" is CoreDNS…). */
function boxFor(name: string): string | null {
  const lower = name.toLowerCase();
  if (/containerd|cri-o|runc|container runtime|容器运行时/.test(lower)) return 'container runtime';
  if (/coredns|kube-dns/.test(lower)) return 'CoreDNS';
  if (/headlamp|dashboard/.test(lower)) return 'Headlamp';
  return BOXES.find((b) => b.name.toLowerCase() === lower)?.name ?? null;
}

/** The cluster at a glance — control plane, a node, add-ons — with one component (or its plane) highlighted. */
function ClusterDiagramView({ name, plane }: { name: string; plane: Plane }) {
  const { t } = useI18n();
  const highlighted = boxFor(name);
  const group = (label: string, y: number, height: number, p: Plane) => (
    <g className={`diagram-group${!highlighted && p === plane ? ' diagram-hit' : ''}`}>
      <rect x="4" y={y} width="348" height={height} rx="10" />
      <text x="12" y={y + 17} className="diagram-label">
        {label}
      </text>
    </g>
  );
  return (
    <svg className="diagram" viewBox="0 0 356 284" role="img" aria-label={t('card.diagram', { name, plane: t(`card.plane.${plane}`) })}>
      {group(t('card.plane.control-plane'), 10, 112, 'control-plane')}
      {group(t('card.plane.node'), 130, 70, 'node')}
      {group(t('card.plane.addon'), 208, 70, 'addon')}
      {BOXES.map((box) => (
        <g key={box.name} className={`diagram-box${box.name === highlighted ? ' diagram-hit' : ''}`}>
          <rect x={box.x} y={box.y} width={W} height={H} rx="6" />
          {box.lines ? (
            <text x={box.x + W / 2} y={box.y + 16} textAnchor="middle">
              <tspan>{box.lines[0]}</tspan>
              <tspan x={box.x + W / 2} dy="15">
                {box.lines[1]}
              </tspan>
            </text>
          ) : (
            <text x={box.x + W / 2} y={box.y + 24} textAnchor="middle">
              {box.name}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/** This part's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enFaces];
export const ClusterDiagram = withExtraStrings(STRINGS, ClusterDiagramView);
