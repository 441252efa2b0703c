import { ListLoading } from "@/components/list/list-loading";

export default function Loading() {
  return <ListLoading title="Conversions" />;
}
