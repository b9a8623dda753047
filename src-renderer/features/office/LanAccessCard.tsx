import { Anchor, Button, Code, Group, List, Paper, Switch, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import type { LanStatus } from '../../../src-shared/contract/office';
import { api, deliverFile, isDesktop } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyError, notifyOk } from '../../api/notify';

const linesOf = (text: string) =>
  text
    .split(/[\n,,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * 局域网访问: whether other PCs of the office may open RegionDesk over HTTPS, from which networks,
 * and the certificate's fingerprint the clerk compares with what the browser shows.
 */
export function LanAccessCard() {
  const [status, setStatus] = useState<LanStatus | null>(null);
  const form = useForm({ initialValues: { enabled: false, allowedSubnets: '' } });
  const { setValues, resetDirty } = form;

  useEffect(() => {
    api('office.lan', {}).then((s) => {
      setStatus(s);
      setValues({ enabled: s.enabled, allowedSubnets: s.allowedSubnets.join('\n') });
      resetDirty();
    }, notifyError);
  }, [setValues, resetDirty]);

  const submit = form.onSubmit(async (values) => {
    try {
      const s = await api('office.setLan', {
        enabled: values.enabled,
        allowedSubnets: linesOf(values.allowedSubnets),
      });
      setStatus(s);
      form.setValues({ enabled: s.enabled, allowedSubnets: s.allowedSubnets.join('\n') });
      notifyOk(s.enabled ? '局域网访问已开启,几秒钟内生效。' : '局域网访问已关闭,几秒钟内只剩本机可以打开。');
    } catch (err) {
      showApiErrors(form, err);
    }
  });

  const downloadCertificate = async () => {
    try {
      await deliverFile(await api('office.lanCertificate', {}));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="局域网访问">
      <Title order={5}>局域网访问 (HTTPS)</Title>
      <Text size="sm" c="dimmed" mb="xs">
        开启后,办事处其他电脑可用浏览器通过加密的 https:// 地址打开 RegionDesk;http://
        地址始终只供本机使用。第一次打开时浏览器会提示证书不受信任,请核对下面的证书指纹后再继续,或在该电脑上安装本机证书。
      </Text>
      <form onSubmit={submit}>
        <Switch label="允许办事处其他电脑访问" {...form.getInputProps('enabled', { type: 'checkbox' })} />
        {isDesktop && (
          <Text size="sm" c="dimmed" mt={4}>
            桌面程序本身不开放网络端口;局域网访问由本机的浏览器版服务(npm run
            serve)提供,它按此设置开启或关闭。
          </Text>
        )}
        {status?.forcedByCommandLine && (
          <Text size="sm" c="orange" mt={4}>
            本机服务以 --lan 参数启动,不论此开关,局域网访问都保持开启。
          </Text>
        )}
        <Textarea
          label="允许访问的网段"
          description="每行一个,如 192.168.1.0/24;留空则允许所有内网地址(192.168.x.x、10.x.x.x、172.16–31.x.x)"
          autosize
          minRows={2}
          mt="sm"
          {...form.getInputProps('allowedSubnets')}
        />
        <Group justify="flex-end" mt="sm">
          <Button type="submit">保存局域网设置</Button>
        </Group>
      </form>
      {status && status.urls.length > 0 && (
        <>
          <Text size="sm" mt="sm">
            其他电脑请在浏览器地址栏输入:
          </Text>
          <List size="sm" aria-label="局域网访问地址">
            {status.urls.map((url) => (
              <List.Item key={url}>
                <Code>{url}</Code>
              </List.Item>
            ))}
          </List>
        </>
      )}
      {status?.certificate && (
        <>
          <Text size="sm" mt="sm">
            本机证书指纹(SHA-256),有效期至 {status.certificate.notAfter.slice(0, 10)}:
          </Text>
          <Code block aria-label="证书指纹" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {status.certificate.fingerprint}
          </Code>
          <Text size="xs" c="dimmed" mt={4}>
            证书包含的名称:{status.certificate.names.join('、')}
            。本机地址变化时证书会自动重新生成,指纹随之改变。
          </Text>
          <Group justify="flex-end" mt="sm">
            <Anchor component="button" type="button" size="sm" onClick={() => void downloadCertificate()}>
              下载证书文件(供其他电脑安装)
            </Anchor>
          </Group>
        </>
      )}
    </Paper>
  );
}
