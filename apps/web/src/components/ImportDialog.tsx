import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportResultDocument, JobProgressDocument, type ImportResultQuery } from '../gql/graphql';
import { describeError } from '../lib/errors';
import { endSession, getSession } from '../lib/session';

type Report = ImportResultQuery['importReport'];
type Phase = { step: 'pick' } | { step: 'upload'; percent: number; name: string } | { step: 'job'; percent: number; name: string } | { step: 'done'; report: Report; name: string } | { step: 'error'; text: string };

/** Sends the raw file with upload progress (XMLHttpRequest: fetch cannot report it). */
function upload(file: File, onProgress: (p: number) => void): Promise<{ importId: string; jobId: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/imports/enterprises?filename=${encodeURIComponent(file.name)}`);
    const token = getSession()?.token;
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', file.name.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: unknown = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status === 202) resolve(body as { importId: string; jobId: string });
      else {
        if (xhr.status === 401) endSession(true);
        reject(body && typeof body === 'object' && 'code' in body ? body : { code: xhr.status >= 500 ? 'INTERNAL' : 'NETWORK', message: xhr.statusText });
      }
    };
    xhr.onerror = () => reject({ code: 'NETWORK', message: 'network' });
    xhr.send(file);
  });
}

/**
 * A file the API streams (template, export) as a plain link: the browser downloads it on the click itself, with the
 * `lz_token` cookie, and shows its own progress — nothing is buffered in the page, and no user activation has to
 * survive an awaited fetch (a download started after one is refused as "automatic" by Chromium).
 */
export function DownloadLink({ href, filename, children, testId }: { href: string; filename: string; children: ReactNode; testId?: string }) {
  return <Button icon={<DownloadOutlined />} href={href} download={filename} data-testid={testId}>{children}</Button>;
}

export function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [phase, setPhase] = useState<Phase>({ step: 'pick' });
  const alive = useRef(true);
  useEffect(() => () => { alive.current = false; }, []);
  const lang = i18n.language === 'en' ? 'en' : 'zh';

  const start = async (file: File) => {
    if (file.size > 100 * 1024 * 1024) return setPhase({ step: 'error', text: t('import.fileTooLarge') });
    setPhase({ step: 'upload', percent: 0, name: file.name });
    try {
      const { importId, jobId } = await upload(file, (percent) => setPhase({ step: 'upload', percent, name: file.name }));
      setPhase({ step: 'job', percent: 0, name: file.name });
      for (;;) {
        const { data } = await client.query({ query: JobProgressDocument, variables: { id: jobId }, fetchPolicy: 'network-only' });
        const job = data?.job;
        if (!alive.current) return;
        if (job?.state === 'COMPLETED' || job?.state === 'FAILED') break;
        setPhase({ step: 'job', percent: Math.round(job?.progress ?? 0), name: file.name });
        await new Promise((r) => setTimeout(r, 400));
      }
      const { data } = await client.query({ query: ImportResultDocument, variables: { id: importId, lang }, fetchPolicy: 'network-only' });
      if (data) {
        setPhase({ step: 'done', report: data.importReport, name: file.name });
        if (data.importReport.rejected === 0 && data.importReport.errors.length === 0) onImported();
      }
    } catch (e) {
      setPhase({ step: 'error', text: t('import.failed', { reason: describeError(e, t) }) });
    }
  };

  const busy = phase.step === 'upload' || phase.step === 'job';
  return (
    <Modal open={open} title={t('import.title')} width={760} onCancel={() => !busy && (setPhase({ step: 'pick' }), onClose())} maskClosable={!busy} closable={!busy}
      footer={<Space>
        <DownloadLink href={`/imports/template.xlsx?lang=${lang}`} filename={lang === 'en' ? 'enterprise-import-template.xlsx' : '企业导入模板.xlsx'}>{t('import.template')}</DownloadLink>
        {(phase.step === 'done' || phase.step === 'error') && <Button type="primary" onClick={() => setPhase({ step: 'pick' })} data-testid="import-again">{t('import.again')}</Button>}
        <Button disabled={busy} onClick={() => { setPhase({ step: 'pick' }); onClose(); }}>{t('common.close')}</Button>
      </Space>}>
      <div data-testid="import-dialog">
        {phase.step === 'pick' && (
          <Upload.Dragger accept=".csv,.xlsx" multiple={false} showUploadList={false} beforeUpload={(file) => { void start(file); return false; }} data-testid="import-drop">
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t('import.pick')}</p>
            <p className="ant-upload-hint">{t('import.hint')}</p>
          </Upload.Dragger>
        )}
        {phase.step === 'upload' && (<div data-testid="upload-progress"><Typography.Text>{t('import.uploading')}：{phase.name}</Typography.Text><Progress percent={phase.percent} status="active" /></div>)}
        {phase.step === 'job' && (<div data-testid="job-progress"><Typography.Text>{t('import.processing')}：{phase.name}</Typography.Text><Progress percent={phase.percent} status="active" strokeColor="#52c41a" /></div>)}
        {phase.step === 'error' && <Alert type="error" showIcon title={phase.text} />}
        {phase.step === 'done' && (phase.report.rejected > 0 || phase.report.errors.length > 0 ? (
          <div data-testid="import-refused">
            <Alert type="error" showIcon title={t('import.refused', { count: phase.report.rejected || phase.report.errors.length })} style={{ marginBottom: 12 }} />
            <Table size="small" rowKey={(e) => `${e.row}-${e.column}-${e.message}`} dataSource={phase.report.errors} pagination={phase.report.errors.length > 10 ? { pageSize: 10 } : false} data-testid="import-errors"
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 80 },
                { title: t('import.column'), dataIndex: 'column', width: 160, render: (c: string | null) => (c ? t(`importColumns.${c}`, { defaultValue: c }) : '—') },
                { title: t('import.message'), dataIndex: 'message' },
              ]} />
          </div>
        ) : (
          <Alert type="success" showIcon data-testid="import-accepted" title={t('import.accepted', { created: phase.report.created, updated: phase.report.updated })} />
        ))}
      </div>
    </Modal>
  );
}
