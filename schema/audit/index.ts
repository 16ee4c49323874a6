export {
  auditActions,
  auditObjectTypes,
  auditRoles,
  type AuditAction,
  type AuditObjectType,
} from './tables.ts';
