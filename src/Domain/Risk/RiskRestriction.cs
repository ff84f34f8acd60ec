namespace KnowledgePay.Domain.Risk;

/// <summary>What an open or confirmed flag holds back from the user it names, until an admin clears it.</summary>
public enum RiskRestriction
{
    /// <summary>Recorded for review only.</summary>
    None,

    /// <summary>The learner cannot request refunds themselves; an operator still can.</summary>
    NoLearnerRefunds,

    /// <summary>The next sign-in must be confirmed with a stronger proof (the bound phone number) before tokens are issued.</summary>
    StepUpLogin,
}
