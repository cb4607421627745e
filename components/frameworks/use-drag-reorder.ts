"use client";

import { useRef, useState, type DragEvent } from "react";

type Drag = { list: string; index: number };

/**
 * Pointer reordering with HTML5 drag and drop: a handle starts the drag, rows of the same list
 * accept the drop. Lists are named so a dragged item never lands in another section or among sections.
 * (The keyboard path is the Move up / Move down buttons beside every row.)
 */
export function useDragReorder() {
  const drag = useRef<Drag | null>(null);
  const [over, setOver] = useState<Drag | null>(null);

  const end = () => {
    drag.current = null;
    setOver(null);
  };

  return {
    handleProps(list: string, index: number) {
      return {
        draggable: true,
        onDragStart(e: DragEvent<HTMLElement>) {
          drag.current = { list, index };
          e.dataTransfer.effectAllowed = "move";
          e.dataTransfer.setData("text/plain", `${list}:${index}`);
          const row = e.currentTarget.closest("li");
          if (row) e.dataTransfer.setDragImage(row, 16, 16);
        },
        onDragEnd: end,
      };
    },
    targetProps(list: string, index: number, onMove: (from: number, to: number) => void) {
      return {
        onDragOver(e: DragEvent<HTMLElement>) {
          if (drag.current?.list !== list) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = "move";
          if (over?.list !== list || over.index !== index) setOver({ list, index });
        },
        onDrop(e: DragEvent<HTMLElement>) {
          const current = drag.current;
          if (current?.list !== list) return;
          e.preventDefault();
          e.stopPropagation();
          end();
          onMove(current.index, index);
        },
      };
    },
    isOver(list: string, index: number) {
      return over?.list === list && over.index === index && drag.current?.index !== index;
    },
  };
}

export type DragReorder = ReturnType<typeof useDragReorder>;
