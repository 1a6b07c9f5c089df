import { useI18n } from '../../i18n';
import { enFaces } from '../../i18n/enFaces';
import { withExtraStrings } from '../../i18n/WithExtraStrings';
import type { Plane } from '../../model';

interface Box {
  name: string;
  /** Shorter text where the name does not fit its box. */
  label?: string;
  x: number;
  y: number;
  plane: Plane;
}

const W = 104;
const H = 30;
const BOXES: Box[] = [
  { name: 'kube-apiserver', x: 14, y: 34, plane: 'control-plane' },
  { name: 'etcd', x: 126, y: 34, plane: 'control-plane' },
  { name: 'kube-scheduler', x: 238, y: 34, plane: 'control-plane' },
  { name: 'kube-controller-manager', label: 'controller-manager', x: 14, y: 72, plane: 'control-plane' },
  { name: 'cloud-controller-manager', label: 'cloud-controller', x: 126, y: 72, plane: 'control-plane' },
  { name: 'kubelet', x: 14, y: 150, plane: 'node' },
  { name: 'container runtime', x: 126, y: 150, plane: 'node' },
  { name: 'kube-proxy', x: 238, y: 150, plane: 'node' },
  { name: 'CoreDNS', x: 14, y: 228, plane: 'addon' },
  { name: 'Headlamp', x: 126, y: 228, plane: 'addon' },
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
      <text x="12" y={y + 16} className="diagram-label">
        {label}
      </text>
    </g>
  );
  return (
    <svg className="diagram" viewBox="0 0 356 272" role="img" aria-label={t('card.diagram', { name, plane: t(`card.plane.${plane}`) })}>
      {group(t('card.plane.control-plane'), 14, 96, 'control-plane')}
      {group(t('card.plane.node'), 130, 58, 'node')}
      {group(t('card.plane.addon'), 208, 58, 'addon')}
      {BOXES.map((box) => (
        <g key={box.name} className={`diagram-box${box.name === highlighted ? ' diagram-hit' : ''}`}>
          <rect x={box.x} y={box.y} width={W} height={H} rx="6" />
          <text x={box.x + W / 2} y={box.y + 19} textAnchor="middle">
            {box.label ?? box.name}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** This part's English strings travel with it (a module constant: the same array every render). */
const STRINGS = [enFaces];
export const ClusterDiagram = withExtraStrings(STRINGS, ClusterDiagramView);
