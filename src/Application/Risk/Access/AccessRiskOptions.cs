using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Application.Risk.Access;

/// <summary>
/// Section <c>Risk</c>: how long access signals are kept and the thresholds of the access rules (docs/decisions/0045).
/// The defaults keep one learner on a phone plus WeChat DevTools, and a school class behind one NAT, clear of every rule.
/// </summary>
public sealed class AccessRiskOptions
{
    public const string SectionName = "Risk";

    /// <summary>Sign-ins and stream sightings older than this are deleted (PIPL art. 19: kept no longer than the purpose needs).</summary>
    [Range(1, 365)]
    public int SignalRetentionDays { get; set; } = 30;

    public AccountSharingOptions AccountSharing { get; set; } = new();

    public ConcurrentStreamOptions ConcurrentStreams { get; set; } = new();

    public LoginAbuseOptions LoginAbuse { get; set; } = new();
}

/// <summary><c>Risk:AccountSharing</c>: one account signing in or starting streams on many devices or addresses.</summary>
public sealed class AccountSharingOptions
{
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Distinct devices (device id, or address without one) within the window that raise the flag.</summary>
    public int Devices { get; set; } = 5;

    /// <summary>Distinct addresses within the window that raise the flag; higher, as a phone changes address between Wi-Fi and mobile data.</summary>
    public int Addresses { get; set; } = 10;

    public bool IsSharing(int devices, int addresses) => devices >= Devices || addresses >= Addresses;
}

/// <summary><c>Risk:ConcurrentStreams</c>: how many devices may stream one account's lessons at once.</summary>
public sealed class ConcurrentStreamOptions
{
    /// <summary>Simultaneous streams allowed (a phone and a computer: 2).</summary>
    public int Cap { get; set; } = 2;

    /// <summary>A device whose last progress report is younger than this is streaming (the player reports every minute).</summary>
    public TimeSpan LiveFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Refusals within <see cref="RefusalWindow"/> that raise the flag.</summary>
    public int RefusalsToFlag { get; set; } = 3;

    public TimeSpan RefusalWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether a device may start a stream while <paramref name="otherLiveStreams"/> other devices stream.</summary>
    public bool Admits(int otherLiveStreams) => otherLiveStreams < Cap;

    public bool IsRepeated(int refusals) => refusals >= RefusalsToFlag;
}

/// <summary><c>Risk:LoginAbuse</c>: many accounts from one address, many failed logins.</summary>
public sealed class LoginAbuseOptions
{
    public TimeSpan AccountsWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Distinct openids signing in from one address within the window that raise the flag. High on purpose: a school or
    /// a carrier NAT puts many honest learners behind one address, so the flag only asks an operator to look.
    /// </summary>
    public int AccountsPerAddress { get; set; } = 50;

    public TimeSpan FailuresWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed logins from one address within the window that raise the flag (guessed or replayed codes).</summary>
    public int FailuresPerAddress { get; set; } = 20;

    /// <summary>Failed logins for one openid within the window that raise the flag (mostly our own throttle refusing it).</summary>
    public int FailuresPerOpenId { get; set; } = 10;

    public bool IsManyAccounts(int openIds) => openIds >= AccountsPerAddress;

    public bool IsManyFailuresFromAddress(int failures) => failures >= FailuresPerAddress;

    public bool IsManyFailuresForOpenId(int failures) => failures >= FailuresPerOpenId;
}
