import type { SelectHTMLAttributes } from 'react';
import { CASE_ROLES, roleLabel } from './roles.js';

/** A choice of the case roles, each as people say it; the caller labels it and names or holds its value. */
export function RoleSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select {...props}>
      {CASE_ROLES.map((role) => (
        <option key={role} value={role}>
          {roleLabel(role)}
        </option>
      ))}
    </select>
  );
}
