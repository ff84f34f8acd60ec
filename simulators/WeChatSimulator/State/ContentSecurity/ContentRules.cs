using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.State.ContentSecurity;

/// <summary>
/// How the simulated msgSecCheck judges text: the first rule whose phrase the text contains decides, rules added through
/// <c>POST /__sim/content-security/rules</c> before the built-in ones; text matching none passes (label 100). Every check
/// is logged for <c>GET /__sim/content-security/checks</c>.
/// </summary>
internal sealed class ContentRules : ISimulatorState
{
    public const int NormalLabel = 100;

    /// <summary>Built-in examples of each outcome, so a newcomer can see moderation work without configuring anything.</summary>
    private static readonly ContentRule[] BuiltIn =
    [
        new("赌博", ContentSuggest.Risky, 20006),
        new("代开发票", ContentSuggest.Risky, 20008),
        new("傻逼", ContentSuggest.Risky, 20003),
        new("加微信", ContentSuggest.Review, 10001),
        new("私聊领资料", ContentSuggest.Review, 10001),
    ];

    private readonly Lock _lock = new();
    private readonly List<ContentRule> _added = [];
    private readonly List<ContentCheckRecord> _checks = [];

    public void Add(ContentRule rule)
    {
        lock (_lock)
        {
            _added.Insert(0, rule);
        }
    }

    public ContentRule? Judge(string openId, int scene, string text, DateTimeOffset at)
    {
        lock (_lock)
        {
            var rule = _added.Concat(BuiltIn).FirstOrDefault(r => text.Contains(r.Phrase, StringComparison.OrdinalIgnoreCase));
            _checks.Add(new ContentCheckRecord(openId, scene, text, rule?.Suggest ?? ContentSuggest.Pass, rule?.Label ?? NormalLabel, at));
            return rule;
        }
    }

    public IReadOnlyList<ContentCheckRecord> Checks()
    {
        lock (_lock)
        {
            return [.. _checks];
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _added.Clear();
            _checks.Clear();
        }
    }
}

/// <summary>Text containing <paramref name="Phrase"/> gets <paramref name="Suggest"/> with WeChat label <paramref name="Label"/>.</summary>
internal sealed record ContentRule(string Phrase, ContentSuggest Suggest, int Label);

internal sealed record ContentCheckRecord(string OpenId, int Scene, string Content, ContentSuggest Suggest, int Label, DateTimeOffset CheckedAt);

[JsonConverter(typeof(JsonStringEnumConverter<ContentSuggest>))]
internal enum ContentSuggest
{
    Pass,
    Review,
    Risky,
}
