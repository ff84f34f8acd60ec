namespace KnowledgePay.WeChatSimulator.State.MiniProgramCodes;

/// <summary>Every 小程序码 getwxacodeunlimit drew, oldest first (<c>GET /__sim/mini-program-codes</c>).</summary>
internal sealed class DrawnCodes : ISimulatorState
{
    private readonly Lock _lock = new();
    private readonly List<DrawnCode> _drawn = [];

    public void Add(DrawnCode code)
    {
        lock (_lock)
        {
            _drawn.Add(code);
        }
    }

    public IReadOnlyList<DrawnCode> Snapshot()
    {
        lock (_lock)
        {
            return [.. _drawn];
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _drawn.Clear();
        }
    }
}

internal sealed record DrawnCode(
    string Scene, string Page, bool CheckPath, string EnvVersion, int Width, string ContentType, int Bytes, DateTimeOffset DrawnAt);
