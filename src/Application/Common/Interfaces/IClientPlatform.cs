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

public static class ClientPlatformNames
{
    /// <summary>The platform as behaviour events and the recommender name it (ios, android, harmonyos…); null when unknown.</summary>
    public static string? Name(this ClientPlatform platform) =>
        platform == ClientPlatform.Unknown ? null : platform.ToString().ToLowerInvariant();
}
