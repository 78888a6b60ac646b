"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Move up, move down and remove, for one item of an ordered list (keyboard or mouse). */
export function ReorderControls({
  isFirst,
  isLast,
  labels,
  onMove,
  onRemove,
}: {
  isFirst: boolean;
  isLast: boolean;
  labels: { up: string; down: string; remove: string };
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <span className="ml-auto flex gap-1">
      <Button type="button" variant="ghost" size="sm" aria-label={labels.up} disabled={isFirst} onClick={() => onMove(-1)}>
        <ArrowUp aria-hidden="true" className="size-4" />
      </Button>
      <Button type="button" variant="ghost" size="sm" aria-label={labels.down} disabled={isLast} onClick={() => onMove(1)}>
        <ArrowDown aria-hidden="true" className="size-4" />
      </Button>
      <Button type="button" variant="ghost" size="sm" aria-label={labels.remove} onClick={onRemove}>
        <Trash2 aria-hidden="true" className="size-4" />
      </Button>
    </span>
  );
}
