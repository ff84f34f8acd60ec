using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Experiments;

/// <summary>Experiment failures; the codes are API contract.</summary>
public static class ExperimentErrors
{
    public const string InvalidExperimentCode = "INVALID_EXPERIMENT";
    public const string ExperimentNotRunningCode = "EXPERIMENT_NOT_RUNNING";
    public const string WeightsInvalidCode = "EXPERIMENT_WEIGHTS_INVALID";
    public const string PriceOutOfRangeCode = "EXPERIMENT_PRICE_OUT_OF_RANGE";
    public const string PayloadInvalidCode = "EXPERIMENT_PAYLOAD_INVALID";
    public const string NotDraftCode = "EXPERIMENT_NOT_DRAFT";
    public const string KeyTakenCode = "EXPERIMENT_KEY_TAKEN";
    public const string OfferBusyCode = "EXPERIMENT_OFFER_BUSY";
    public const string LayerFullCode = "EXPERIMENT_LAYER_FULL";

    public static DomainException Invalid(string message) => new(InvalidExperimentCode, message);

    public static DomainException NotRunning(string key) =>
        new(ExperimentNotRunningCode, $"The experiment \"{key}\" is not running.");

    public static DomainException WeightsInvalid() =>
        new(WeightsInvalidCode, "Variant weights are whole percents from 1 to 99 that add up to 100.");

    public static DomainException PriceOutOfRange(string variantKey, long priceFen, long lowestFen, long listFen) =>
        new(
            PriceOutOfRangeCode,
            $"Variant \"{variantKey}\" prices the offer at {priceFen} fen; it must lie from {lowestFen} fen (the lowest its floor and "
            + $"maximum discount allow) to {listFen} fen (its list price).");

    public static DomainException PayloadInvalid(string variantKey, string reason) =>
        new(PayloadInvalidCode, $"Variant \"{variantKey}\"'s payload is not usable: {reason}");

    public static DomainException NotDraft(string key) =>
        new(NotDraftCode, $"The experiment \"{key}\" has started; only a draft can change or start.");

    public static DomainException KeyTaken(string key) => new(KeyTakenCode, $"Another experiment already has the key \"{key}\".");

    public static DomainException OfferBusy(string runningKey) =>
        new(OfferBusyCode, $"The experiment \"{runningKey}\" already varies this offer's price; stop it first.");

    public static DomainException LayerFull(string layer, int sharePercent) =>
        new(LayerFullCode, $"The layer \"{layer}\" has no free {sharePercent} % left among its running experiments.");
}
