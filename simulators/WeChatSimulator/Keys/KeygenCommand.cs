namespace KnowledgePay.WeChatSimulator.Keys;

/// <summary><c>keygen --out &lt;dir&gt; [--mode publicKey|certificate|migrating] [--mchid &lt;id&gt;]</c>.</summary>
internal static class KeygenCommand
{
    public const string Name = "keygen";

    public static int Run(string[] args)
    {
        string? output = null;
        var mode = PlatformKeyMode.PublicKey;
        string? mchId = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--out":
                    output = args[i + 1];
                    break;
                case "--mode" when Enum.TryParse<PlatformKeyMode>(args[i + 1], ignoreCase: true, out var parsed):
                    mode = parsed;
                    break;
                case "--mchid":
                    mchId = args[i + 1];
                    break;
                default:
                    return Usage();
            }
        }
        if (output is null || args.Length % 2 != 0)
        {
            return Usage();
        }
        var keys = WeChatPayKeys.Generate(mode, mchId);
        KeyDirectory.Write(keys, output);
        Console.WriteLine($"Wrote WeChat Pay keys for mchid {keys.Merchant.MchId} ({mode}) to {Path.GetFullPath(output)}.");
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: keygen --out <dir> [--mode publicKey|certificate|migrating] [--mchid <id>]");
        return 2;
    }
}
