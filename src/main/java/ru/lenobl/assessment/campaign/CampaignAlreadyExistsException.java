package ru.lenobl.assessment.campaign;

/** A campaign with this id was imported before: importing it again is refused, nothing is started. */
public class CampaignAlreadyExistsException extends RuntimeException {

  public CampaignAlreadyExistsException(String campaignId) {
    super("Кампания " + campaignId + " уже загружена; повторная загрузка плана-графика не допускается");
  }
}
