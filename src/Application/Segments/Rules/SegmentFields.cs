using System.Globalization;
using KnowledgePay.Domain.Segments;
using static KnowledgePay.Domain.Segments.SegmentOperator;
using ActivityLevelValue = KnowledgePay.Application.Profiles.Scoring.ActivityLevel;
using AgeBandValue = KnowledgePay.Domain.Identity.AgeBand;

namespace KnowledgePay.Application.Segments.Rules;

/// <summary>The fields a segment rule may test, and the check of a rule's conditions against them (ADR 0031).</summary>
public static class SegmentFields
{
    public const string InterestTag = "interestTag";
    public const string AgeBand = "ageBand";
    public const string City = "city";
    public const string ActivityLevel = "activityLevel";
    public const string TotalSpendFen = "totalSpendFen";
    public const string DaysSinceLastPurchase = "daysSinceLastPurchase";
    public const string BoughtInCategory = "boughtInCategory";
    public const string ViewedCourse = "viewedCourse";
    public const string ViewedCategory = "viewedCategory";
    public const string AbandonedCheckout = "abandonedCheckout";
    public const string ActiveMember = "activeMember";
    public const string HoldsUnusedCoupon = "holdsUnusedCoupon";
    public const string PurchasePropensity7d = "purchasePropensity7d";

    public static IReadOnlyList<SegmentFieldDefinition> All { get; } =
    [
        Field(InterestTag, "The user chose this interest tag in their profile.", SegmentValueKind.Id, [Includes]),
        Field(AgeBand, "The age band of the profile.", SegmentValueKind.Enum, [SegmentOperator.Equals, In],
            enumValues: Enum.GetNames<AgeBandValue>()),
        Field(City, "The city of the profile, as typed.", SegmentValueKind.Text, [SegmentOperator.Equals, In]),
        Field(ActivityLevel, "Dormant (no events in 30 days), Casual, Active or Power, from behaviour events as in the portrait.",
            SegmentValueKind.Enum, [SegmentOperator.Equals, In, AtLeast], enumValues: Enum.GetNames<ActivityLevelValue>()),
        Field(TotalSpendFen, "Paid minus refunded over all orders, in fen.", SegmentValueKind.Integer, [AtLeast, AtMost]),
        Field(DaysSinceLastPurchase, "Days since the last paid order; users who never paid match neither operator.",
            SegmentValueKind.Integer, [AtLeast, AtMost]),
        Field(BoughtInCategory, "Bought (through an order) a course of this category.", SegmentValueKind.Id, [Includes]),
        Field(ViewedCourse, "Viewed this course in the last withinDays days.", SegmentValueKind.Id, [Includes], hasWindow: true),
        Field(ViewedCategory, "Viewed a course of this category in the last withinDays days.", SegmentValueKind.Id, [Includes], hasWindow: true),
        Field(AbandonedCheckout, "Created an order in the last withinDays days, left it unpaid and paid no order since.",
            SegmentValueKind.None, [IsTrue], hasWindow: true),
        Field(ActiveMember, "Holds a membership that has not expired.", SegmentValueKind.None, [IsTrue]),
        Field(HoldsUnusedCoupon, "Holds a claimed coupon that is available and within its validity.", SegmentValueKind.None, [IsTrue]),
        Field(PurchasePropensity7d, "The published propensity model's chance (0 to 1) that the user pays an order within 7 days.",
            SegmentValueKind.Probability, [AtLeast, AtMost]),
    ];

    private static readonly Dictionary<string, SegmentFieldDefinition> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Every condition names a known field, an operator it allows, values of its kind and a window when it looks back.</summary>
    public static SegmentRule Checked(SegmentRule rule)
    {
        foreach (var condition in rule.Conditions())
        {
            Check(condition);
        }

        return rule;
    }

    public static SegmentFieldDefinition Of(string name) =>
        ByName.TryGetValue(name, out var field) ? field : throw SegmentErrors.UnknownField(name);

    /// <summary>An enum value as written: the C# name or the GraphQL one (FROM_25_TO_34), any case.</summary>
    public static TEnum EnumValue<TEnum>(string value)
        where TEnum : struct, Enum =>
        value.Length > 0 && char.IsLetter(value[0])
        && Enum.TryParse<TEnum>(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed
            : throw new FormatException();

    public static long Integer(string value) => long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    public static double Probability(string value) =>
        double.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) is var p and >= 0 and <= 1 ? p : throw new FormatException();

    private static void Check(SegmentCondition condition)
    {
        var field = Of(condition.Field);
        if (!field.Operators.Contains(condition.Operator))
        {
            throw SegmentErrors.InvalidOperator(field.Name, condition.Operator);
        }

        var (min, max) = condition.Operator switch
        {
            IsTrue => (0, 0),
            In => (1, SegmentLimits.MaxValues),
            _ => (1, 1),
        };
        if (condition.Values.Count < min || condition.Values.Count > max)
        {
            throw SegmentErrors.InvalidValue(field.Name, $"{condition.Operator} takes {(min == max ? min.ToString(CultureInfo.InvariantCulture) : $"1 to {max}")} values.");
        }

        if (field.HasWindow != condition.WithinDays.HasValue
            || condition.WithinDays is < 1 or > SegmentLimits.MaxWithinDays)
        {
            throw SegmentErrors.InvalidValue(field.Name, field.HasWindow
                ? $"give withinDays from 1 to {SegmentLimits.MaxWithinDays}."
                : "this field takes no withinDays.");
        }

        foreach (var value in condition.Values)
        {
            if (value.Length > SegmentLimits.ValueMaxLength || !Parses(field, value))
            {
                throw SegmentErrors.InvalidValue(field.Name, $"'{value}' is not {Expected(field)}.");
            }
        }
    }

    private static bool Parses(SegmentFieldDefinition field, string value)
    {
        try
        {
            _ = field.ValueKind switch
            {
                SegmentValueKind.Id => Guid.Parse(value),
                SegmentValueKind.Enum when field.Name == AgeBand => EnumValue<AgeBandValue>(value),
                SegmentValueKind.Enum => (object)EnumValue<ActivityLevelValue>(value),
                SegmentValueKind.Integer => Integer(value),
                SegmentValueKind.Probability => Probability(value),
                _ => value.Trim().Length > 0 ? value : throw new FormatException(),
            };
            return true;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static string Expected(SegmentFieldDefinition field) => field.ValueKind switch
    {
        SegmentValueKind.Id => "an id",
        SegmentValueKind.Enum => $"one of {string.Join(", ", field.EnumValues)}",
        SegmentValueKind.Integer => "a whole number of at least 0",
        SegmentValueKind.Probability => "a number from 0 to 1",
        _ => "non-empty text",
    };

    private static SegmentFieldDefinition Field(
        string name, string description, SegmentValueKind kind, SegmentOperator[] operators, bool hasWindow = false, string[]? enumValues = null) =>
        new(name, description, kind, operators, hasWindow, enumValues ?? []);
}
