namespace KnowledgePay.Application.Campaigns.Queries.GetCampaignResults;

/// <summary>A campaign's treated users against its holdout: conversion and revenue per user, and the lift of each.</summary>
public sealed record CampaignResultsDto(
    Guid CampaignId,
    int ConversionWindowDays,
    CampaignGroupDto Treated,
    CampaignGroupDto Holdout,
    CampaignLiftDto ConversionLift,
    CampaignLiftDto RevenuePerUserLift);

/// <summary>
/// One side: enrolled users, those acted on (treated side only), users who paid an order within the window after their
/// enrolment, and that revenue net of refunds, with each rate's interval.
/// </summary>
public sealed record CampaignGroupDto(
    long Users,
    long Delivered,
    long Conversions,
    long RevenueFen,
    CampaignEstimateDto ConversionRate,
    CampaignEstimateDto RevenuePerUserFen);

/// <summary>A mean with its interval (null below two users).</summary>
public sealed record CampaignEstimateDto(double Value, double? Lower, double? Upper);

/// <summary>Treated minus holdout, its interval and p-value; <see cref="Relative"/> is that over the holdout's value (null when it is 0).</summary>
public sealed record CampaignLiftDto(double Difference, double? Lower, double? Upper, double PValue, double? Relative);
