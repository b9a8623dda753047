import { Button, Group, Modal } from '@mantine/core';
import type { DocModel } from '../../../src-shared/documents/doc-model';
import { PrintPreviewDocuments } from './PrintPreview';
import type { PrintFont } from './print-styles';

export interface PrintPreviewModalProps {
  opened: boolean;
  onClose: () => void;
  /** One document, or several printed one after another (a month of visit forms). */
  model: DocModel | DocModel[];
  title: string;
  font?: PrintFont;
}

/**
 * A full-screen print preview with 打印 and 关闭. The page that opens it fetches the model; printing
 * prints only the preview (the `.print-root` contract of PrintPreview), not the modal's bar or the app.
 */
export function PrintPreviewModal({ opened, onClose, model, title, font }: PrintPreviewModalProps) {
  const models = Array.isArray(model) ? model : [model];
  return (
    <Modal.Root opened={opened} onClose={onClose} fullScreen>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header>
          <Modal.Title fw={600}>{title}</Modal.Title>
          <Group gap="xs">
            <Button onClick={() => window.print()}>打印</Button>
            <Button variant="default" onClick={onClose}>
              关闭
            </Button>
          </Group>
        </Modal.Header>
        <Modal.Body p={0}>{opened && <PrintPreviewDocuments models={models} font={font} />}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
