namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>The platform the mini program says it runs on (<c>wx.getDeviceInfo().platform</c>), for the payment rules of that platform.</summary>
public interface IClientPlatform
{
    ClientPlatform Platform { get; }
}

public enum ClientPlatform
{
    /// <summary>Not reported (Banana Cake Pop, scripts, older clients).</summary>
    Unknown,
    Ios,
    Android,
    HarmonyOs,
    Windows,
    Mac,

    /// <summary>WeChat DevTools.</summary>
    DevTools,
}
