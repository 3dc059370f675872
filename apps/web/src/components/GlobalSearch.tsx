import { ApartmentOutlined, ProjectOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { Empty, Input, List, Modal, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GlobalSearchDocument } from '../gql/graphql';
import { describeError } from '../lib/errors';

interface Hit { key: string; kind: 'enterprise' | 'lead'; title: string; sub: string; to: string }

/** Ctrl/⌘+K: enterprises by name, pinyin initials or USCC, leads by title or enterprise name — what the caller may see. */
export function GlobalSearch({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [run, { data, loading, error }] = useLazyQuery(GlobalSearchDocument, { fetchPolicy: 'network-only' });

  useEffect(() => {
    if (!open) return;
    const q = text.trim();
    if (!q) return;
    const timer = setTimeout(() => void run({ variables: { text: q } }), 200);
    return () => clearTimeout(timer);
  }, [text, open, run]);

  const hits: Hit[] = useMemo(() => {
    if (!data || !text.trim()) return [];
    return [
      ...data.enterprises.edges.map(({ node: e }) => ({ key: `e${e.id}`, kind: 'enterprise' as const, title: e.name, sub: `${e.uscc}${e.subPark ? ` · ${e.subPark.name}` : ''}`, to: `/enterprises/${e.id}` })),
      ...data.leads.edges.map(({ node: l }) => ({ key: `l${l.id}`, kind: 'lead' as const, title: l.title, sub: `${l.enterprise.name} · ${t(`stages.${l.stage}`)}`, to: `/leads/${l.id}` })),
    ];
  }, [data, text, t]);

  useEffect(() => setActive(0), [hits.length]);

  const go = (hit: Hit | undefined) => {
    if (!hit) return;
    onClose();
    setText('');
    navigate(hit.to);
  };

  return (
    <Modal open={open} onCancel={onClose} footer={null} closable={false} width={640} destroyOnHidden styles={{ body: { padding: 0 } }} title={null}>
      <div data-testid="global-search">
        <Input
          autoFocus
          size="large"
          variant="borderless"
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') go(hits[active]);
            else return;
            e.preventDefault();
          }}
          style={{ padding: '14px 16px', borderBottom: '1px solid #f0f0f0' }}
        />
        <div style={{ maxHeight: 420, overflow: 'auto', padding: 8 }}>
          {!text.trim() ? (
            <Typography.Text type="secondary" style={{ display: 'block', padding: 16 }}>{t('search.hint')}</Typography.Text>
          ) : error ? (
            <Typography.Text type="danger" style={{ display: 'block', padding: 16 }}>{describeError(error, t)}</Typography.Text>
          ) : loading && !data ? (
            <div style={{ padding: 24, textAlign: 'center' }}><Spin /></div>
          ) : hits.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.none')} />
          ) : (
            <List
              dataSource={hits}
              renderItem={(hit, i) => (
                <List.Item
                  key={hit.key}
                  data-testid="search-hit"
                  onMouseEnter={() => setActive(i)}
                  onClick={() => go(hit)}
                  style={{ cursor: 'pointer', padding: '10px 12px', borderRadius: 6, background: i === active ? '#f0f5ff' : undefined }}
                >
                  <List.Item.Meta
                    avatar={hit.kind === 'enterprise' ? <ApartmentOutlined style={{ fontSize: 18, color: '#1f5fbf' }} /> : <ProjectOutlined style={{ fontSize: 18, color: '#389e0d' }} />}
                    title={<span>{hit.title} <Tag style={{ marginInlineStart: 8 }}>{hit.kind === 'enterprise' ? t('search.enterprises') : t('search.leads')}</Tag></span>}
                    description={hit.sub}
                  />
                </List.Item>
              )}
            />
          )}
        </div>
      </div>
    </Modal>
  );
}
