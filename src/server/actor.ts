/** Until accounts land (issue 4), the ledger records which address acted through the API. */
export function requestActor(request: { ip: string }): string {
  return `http:${request.ip}`;
}
