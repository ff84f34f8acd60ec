using System.Diagnostics.CodeAnalysis;
using KnowledgePay.Domain.Messaging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Messaging;

/// <summary>The configured templates, and a message's logical values turned into WeChat's data, fitted to each key's rule.</summary>
public sealed class SubscriptionTemplates(IOptionsMonitor<SubscriptionMessageOptions> options)
{
    public SubscriptionTemplateOptions? Find(MessageTemplate template) =>
        options.CurrentValue.Templates.GetValueOrDefault(template) is { TemplateId.Length: > 0 } configured ? configured : null;

    /// <summary>Every configured WeChat template id, enabled or not: a user may answer for one switched off since.</summary>
    public bool IsKnown(string templateId) =>
        options.CurrentValue.Templates.Values.Any(t => t.TemplateId == templateId);

    /// <summary>The enabled templates the mini program should ask the user to accept.</summary>
    public IReadOnlyList<(MessageTemplate Template, string TemplateId)> Enabled() =>
        [.. options.CurrentValue.Templates
            .Where(t => t.Value is { Enabled: true, TemplateId.Length: > 0 })
            .OrderBy(t => t.Key)
            .Select(t => (t.Key, t.Value.TemplateId))];

    /// <summary>
    /// WeChat's <c>data</c> for the template: every configured field needs a value (WeChat refuses an empty one with 47003);
    /// values the template has no field for are left out.
    /// </summary>
    public static bool TryBuildData(
        SubscriptionTemplateOptions template, IReadOnlyDictionary<string, string> values, [NotNullWhen(true)] out IReadOnlyDictionary<string, string>? data)
    {
        var built = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, key) in template.Fields)
        {
            if (!values.TryGetValue(field, out var value) || string.IsNullOrWhiteSpace(value))
            {
                data = null;
                return false;
            }

            built[key] = SubscriptionValues.Fit(key, value.Trim());
        }

        data = built;
        return true;
    }
}
