export default function Loading() {
  return <p role="status" className="text-sm text-slate-500">Reading the campaign&apos;s orders and clicks…</p>;
}
