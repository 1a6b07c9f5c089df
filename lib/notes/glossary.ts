/**
 * The Chinese terms of the official Kubernetes documentation (kubernetes.io/zh-cn) that the zh notes must use, with the
 * drift variants the build rejects. Each entry names its source in the kubernetes/website repository: a glossary
 * entry (`content/zh-cn/docs/reference/glossary/*.md`, whose English `id` and title are given here as `en`) or the
 * zh-cn localization style guide's term table (`content/zh-cn/docs/contribute/localization_zh.md`, 术语对照).
 *
 * Only terms whose docs translation is settled are listed: where the glossary and the style guide disagree (desired
 * state: 期望 vs 预期; provisioning: 供应 vs 制备) neither form is enforced. A variant is matched case-sensitively;
 * one written in Latin letters only matches as a whole word (so `apiserver` is not found inside `kube-apiserver`).
 */
export interface GlossaryTerm {
  /** The English term (the glossary entry's title, or the style guide's left column). */
  en: string;
  /** The term the docs use. */
  zh: string;
  /** Drift variants that must not appear in zh prose (except inside the gloss of `zh`, see lib/notes/terms.ts). */
  avoid: string[];
  /** Where the docs state `zh`: a path in the kubernetes/website repository. */
  source: string;
}

const GLOSSARY_DIR = 'content/zh-cn/docs/reference/glossary';
const STYLE_GUIDE = 'content/zh-cn/docs/contribute/localization_zh.md';

export const GLOSSARY: GlossaryTerm[] = [
  { en: 'Namespace', zh: '名字空间', avoid: ['命名空间'], source: `${GLOSSARY_DIR}/namespace.md` },
  { en: 'API server', zh: 'API 服务器', avoid: ['API server', 'API Server', 'apiserver'], source: `${GLOSSARY_DIR}/kube-apiserver.md` },
  { en: 'Selector', zh: '选择算符', avoid: ['选择器'], source: `${GLOSSARY_DIR}/selector.md` },
  { en: 'Feature gate', zh: '特性门控', avoid: ['特性开关', '功能开关', '功能门控'], source: `${GLOSSARY_DIR}/feature-gates.md` },
  { en: 'Garbage Collection', zh: '垃圾收集', avoid: ['垃圾回收'], source: `${GLOSSARY_DIR}/garbage-collection.md` },
  { en: 'Disruption', zh: '干扰', avoid: ['自愿中断', '中断预算'], source: `${GLOSSARY_DIR}/disruption.md` },
  { en: 'Drain', zh: '腾空', avoid: ['排空', '排干'], source: `${GLOSSARY_DIR}/drain.md` },
  { en: 'Init Container', zh: 'Init 容器', avoid: ['init 容器', '初始化容器'], source: `${GLOSSARY_DIR}/init-container.md` },
  {
    en: 'Sidecar Container',
    zh: '边车容器',
    avoid: ['sidecar 容器', 'Sidecar 容器', '挎斗容器'],
    source: `${GLOSSARY_DIR}/sidecar-container.md`,
  },
  { en: 'Persistent Volume', zh: '持久卷', avoid: ['持久化卷', '持久化存储卷'], source: `${GLOSSARY_DIR}/persistent-volume.md` },
  {
    en: 'Persistent Volume Claim',
    zh: '持久卷申领',
    avoid: ['持久卷声明', '持久化卷声明'],
    source: `${GLOSSARY_DIR}/persistent-volume-claim.md`,
  },
  // The glossary's Horizontal Pod Autoscaler is "Pod 水平自动扩缩器"; the style guide gives 扩缩 for the verb.
  { en: 'scale', zh: '扩缩', avoid: ['伸缩'], source: STYLE_GUIDE },
  { en: 'control loop', zh: '控制回路', avoid: ['控制循环'], source: STYLE_GUIDE },
  { en: 'liveness probe', zh: '存活态探针', avoid: ['存活探针'], source: STYLE_GUIDE },
  { en: 'readiness probe', zh: '就绪态探针', avoid: ['就绪探针'], source: STYLE_GUIDE },
  { en: 'grace period', zh: '宽限期限', avoid: ['宽限期'], source: STYLE_GUIDE },
  { en: 'graceful termination', zh: '体面终止', avoid: ['优雅终止', '优雅退出', '优雅关闭'], source: STYLE_GUIDE },
  { en: 'certificate authority', zh: '证书机构', avoid: ['证书颁发机构'], source: STYLE_GUIDE },
  { en: 'service account', zh: '服务账号', avoid: ['服务帐号', '服务帐户'], source: STYLE_GUIDE },
  { en: 'credential', zh: '凭据', avoid: ['凭证'], source: STYLE_GUIDE },
  { en: 'rolling update', zh: '滚动更新', avoid: ['滚动升级'], source: STYLE_GUIDE },
  { en: 'image registry', zh: '镜像仓库', avoid: ['镜像注册表'], source: STYLE_GUIDE },
  { en: 'headless service', zh: '无头服务', avoid: ['headless Service', 'Headless Service', 'headless 服务'], source: STYLE_GUIDE },
  { en: 'hook', zh: '回调', avoid: ['钩子'], source: STYLE_GUIDE },
  { en: 'worker node', zh: '工作节点', avoid: ['worker 节点', 'Worker 节点'], source: STYLE_GUIDE },
  { en: 'topology spread constraint', zh: '拓扑分布约束', avoid: ['拓扑扩展约束', '拓扑传播约束'], source: STYLE_GUIDE },
  // API kinds keep their English names (译与不译: 资源名称或字段不译).
  { en: 'ConfigMap', zh: 'ConfigMap', avoid: ['配置映射'], source: STYLE_GUIDE },
  { en: 'DaemonSet', zh: 'DaemonSet', avoid: ['守护进程集'], source: STYLE_GUIDE },
  { en: 'StatefulSet', zh: 'StatefulSet', avoid: ['有状态集'], source: STYLE_GUIDE },
  { en: 'ReplicaSet', zh: 'ReplicaSet', avoid: ['副本集'], source: STYLE_GUIDE },
];
