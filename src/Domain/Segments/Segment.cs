using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Segments;

/// <summary>
/// A named group of users defined by a rule (ADR 0031). Its membership is materialised into <see cref="SegmentMember"/>
/// rows by a refresh, which records how many users it found and when; experiments and campaigns read those rows.
/// </summary>
public sealed class Segment : Entity
{
    private Segment()
    {
        Name = string.Empty;
        Rule = null!;
    }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public SegmentRule Rule { get; private set; }

    /// <summary>Members at the last refresh (written set-based with them, see ISegmentMembershipWriter); 0 before the first.</summary>
    public int MemberCount { get; private set; }

    public DateTimeOffset? RefreshedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>A segment with a rule whose fields, operators and values were already checked against the field catalogue.</summary>
    public static Segment Define(string name, string? description, SegmentRule rule, DateTimeOffset now)
    {
        var segment = new Segment { CreatedAt = now };
        segment.Change(name, description, rule, now);
        return segment;
    }

    /// <summary>A new name, description and rule; the members stay as they are until the next refresh.</summary>
    public void Change(string name, string? description, SegmentRule rule, DateTimeOffset now)
    {
        Name = Text.Required(name, SegmentLimits.NameMaxLength, SegmentErrors.InvalidName);
        Description = Text.Optional(description, SegmentLimits.DescriptionMaxLength, SegmentErrors.InvalidName);
        Rule = CheckShape(rule);
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Groups hold at least one rule, and the tree stays within the limits the SQL it becomes can bear.</summary>
    public static SegmentRule CheckShape(SegmentRule rule)
    {
        CheckGroups(rule);
        if (rule.Depth > SegmentLimits.MaxDepth || rule.Conditions().Count() > SegmentLimits.MaxConditions)
        {
            throw SegmentErrors.TooComplex();
        }

        return rule;
    }

    private static void CheckGroups(SegmentRule rule)
    {
        switch (rule)
        {
            case AllOfRule { Rules.Count: 0 }:
            case AnyOfRule { Rules.Count: 0 }:
                throw SegmentErrors.InvalidShape("a group is empty.");
            case AllOfRule all:
                all.Rules.ToList().ForEach(CheckGroups);
                break;
            case AnyOfRule any:
                any.Rules.ToList().ForEach(CheckGroups);
                break;
            case NotRule not:
                CheckGroups(not.Rule);
                break;
        }
    }
}
