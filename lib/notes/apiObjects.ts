/**
 * API objects of Kubernetes 1.35 as `kubectl api-resources` lists them (k8s-facts.md Appendix A, checked against
 * kubernetes/api v0.35.7). Every `object` card must agree with this table; a kind missing here fails the build.
 */
export interface ApiObject {
  apiVersion: string;
  shortNames: string[];
  namespaced: boolean;
}

const row = (apiVersion: string, shortNames: string, namespaced: boolean): ApiObject => ({
  apiVersion,
  shortNames: shortNames.split(' ').filter(Boolean),
  namespaced,
});
const NS = true;
const CLUSTER = false;

export const API_OBJECTS: Record<string, ApiObject> = {
  Pod: row('v1', 'po', NS),
  Service: row('v1', 'svc', NS),
  Endpoints: row('v1', 'ep', NS),
  EndpointSlice: row('discovery.k8s.io/v1', '', NS),
  ConfigMap: row('v1', 'cm', NS),
  Secret: row('v1', '', NS),
  ServiceAccount: row('v1', 'sa', NS),
  Namespace: row('v1', 'ns', CLUSTER),
  Node: row('v1', 'no', CLUSTER),
  PersistentVolume: row('v1', 'pv', CLUSTER),
  PersistentVolumeClaim: row('v1', 'pvc', NS),
  ResourceQuota: row('v1', 'quota', NS),
  LimitRange: row('v1', 'limits', NS),
  Event: row('events.k8s.io/v1', 'ev', NS),
  ReplicationController: row('v1', 'rc', NS),
  ComponentStatus: row('v1', 'cs', CLUSTER),
  Deployment: row('apps/v1', 'deploy', NS),
  ReplicaSet: row('apps/v1', 'rs', NS),
  StatefulSet: row('apps/v1', 'sts', NS),
  DaemonSet: row('apps/v1', 'ds', NS),
  ControllerRevision: row('apps/v1', '', NS),
  Job: row('batch/v1', '', NS),
  CronJob: row('batch/v1', 'cj', NS),
  HorizontalPodAutoscaler: row('autoscaling/v2', 'hpa', NS),
  PodDisruptionBudget: row('policy/v1', 'pdb', NS),
  Ingress: row('networking.k8s.io/v1', 'ing', NS),
  IngressClass: row('networking.k8s.io/v1', '', CLUSTER),
  NetworkPolicy: row('networking.k8s.io/v1', 'netpol', NS),
  ServiceCIDR: row('networking.k8s.io/v1', '', CLUSTER),
  IPAddress: row('networking.k8s.io/v1', '', CLUSTER),
  Role: row('rbac.authorization.k8s.io/v1', '', NS),
  RoleBinding: row('rbac.authorization.k8s.io/v1', '', NS),
  ClusterRole: row('rbac.authorization.k8s.io/v1', '', CLUSTER),
  ClusterRoleBinding: row('rbac.authorization.k8s.io/v1', '', CLUSTER),
  StorageClass: row('storage.k8s.io/v1', 'sc', CLUSTER),
  VolumeAttributesClass: row('storage.k8s.io/v1', 'vac', CLUSTER),
  CSIDriver: row('storage.k8s.io/v1', '', CLUSTER),
  CSINode: row('storage.k8s.io/v1', '', CLUSTER),
  VolumeAttachment: row('storage.k8s.io/v1', '', CLUSTER),
  CSIStorageCapacity: row('storage.k8s.io/v1', '', NS),
  PriorityClass: row('scheduling.k8s.io/v1', 'pc', CLUSTER),
  RuntimeClass: row('node.k8s.io/v1', '', CLUSTER),
  Lease: row('coordination.k8s.io/v1', '', NS),
  CustomResourceDefinition: row('apiextensions.k8s.io/v1', 'crd crds', CLUSTER),
  APIService: row('apiregistration.k8s.io/v1', '', CLUSTER),
  ValidatingWebhookConfiguration: row('admissionregistration.k8s.io/v1', '', CLUSTER),
  MutatingWebhookConfiguration: row('admissionregistration.k8s.io/v1', '', CLUSTER),
  ValidatingAdmissionPolicy: row('admissionregistration.k8s.io/v1', '', CLUSTER),
  ValidatingAdmissionPolicyBinding: row('admissionregistration.k8s.io/v1', '', CLUSTER),
  // Beta in 1.34–1.35 (v1beta1); GA as v1 in 1.36.
  MutatingAdmissionPolicy: row('admissionregistration.k8s.io/v1beta1', '', CLUSTER),
  MutatingAdmissionPolicyBinding: row('admissionregistration.k8s.io/v1beta1', '', CLUSTER),
  CertificateSigningRequest: row('certificates.k8s.io/v1', 'csr', CLUSTER),
  ClusterTrustBundle: row('certificates.k8s.io/v1beta1', '', CLUSTER),
  FlowSchema: row('flowcontrol.apiserver.k8s.io/v1', '', CLUSTER),
  PriorityLevelConfiguration: row('flowcontrol.apiserver.k8s.io/v1', '', CLUSTER),
  DeviceClass: row('resource.k8s.io/v1', '', CLUSTER),
  ResourceClaim: row('resource.k8s.io/v1', '', NS),
  ResourceClaimTemplate: row('resource.k8s.io/v1', '', NS),
  ResourceSlice: row('resource.k8s.io/v1', '', CLUSTER),
  // Gateway API: CRDs installed separately from Kubernetes (gateway-api v1).
  GatewayClass: row('gateway.networking.k8s.io/v1', '', CLUSTER),
  Gateway: row('gateway.networking.k8s.io/v1', '', NS),
  HTTPRoute: row('gateway.networking.k8s.io/v1', '', NS),
  GRPCRoute: row('gateway.networking.k8s.io/v1', '', NS),
  // Volume snapshots: CRDs from kubernetes-csi/external-snapshotter client/config/crd (GA 1.20), with their short names.
  VolumeSnapshot: row('snapshot.storage.k8s.io/v1', 'vs', NS),
  VolumeSnapshotClass: row('snapshot.storage.k8s.io/v1', 'vsclass vsclasses', CLUSTER),
  VolumeSnapshotContent: row('snapshot.storage.k8s.io/v1', 'vsc vscs', CLUSTER),
};
