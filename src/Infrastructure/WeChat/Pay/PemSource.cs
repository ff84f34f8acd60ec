namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>A configured key or certificate is either PEM text or the path of a PEM file.</summary>
internal static class PemSource
{
    public static string Read(string value, string settingName)
    {
        if (value.Contains("-----BEGIN ", StringComparison.Ordinal))
        {
            return value;
        }

        return File.Exists(value)
            ? File.ReadAllText(value)
            : throw new InvalidOperationException($"WeChatPay:{settingName} is neither PEM text nor an existing file.");
    }
}
