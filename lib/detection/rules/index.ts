import type { Rule } from '../define-rule';
import askAge from './ask-age';
import askAloneOrParentsAway from './ask-alone-or-parents-away';
import askForExplicitPhoto from './ask-for-explicit-photo';
import askForExplicitPhotoEn from './ask-for-explicit-photo-en';
import askForPhoto from './ask-for-photo';
import askForPhotoEn from './ask-for-photo-en';
import askForPhotoJv from './ask-for-photo-jv';
import askPersonalInfoEn from './ask-personal-info-en';
import askPersonalInfoJv from './ask-personal-info-jv';
import askPhoneNumber from './ask-phone-number';
import askWhereYouLive from './ask-where-you-live';
import askWhichSchool from './ask-which-school';
import chatTitleIsPhoneNumber from './chat-title-is-phone-number';
import complimentLooks from './compliment-looks';
import complimentLooksEn from './compliment-looks-en';
import educationContext from './education-context';
import educationContextEn from './education-context-en';
import freeVpnOrProxy from './free-vpn-or-proxy';
import getAroundBlocks from './get-around-blocks';
import getAroundBlocksEn from './get-around-blocks-en';
import hideFromParents from './hide-from-parents';
import hideTheChat from './hide-the-chat';
import homeAlone from './home-alone';
import homeAloneEn from './home-alone-en';
import keepSecretFromParents from './keep-secret-from-parents';
import keepSecretFromParentsEn from './keep-secret-from-parents-en';
import keepSecretFromParentsJv from './keep-secret-from-parents-jv';
import meetInPerson from './meet-in-person';
import meetInPersonEn from './meet-in-person-en';
import meetInPersonJv from './meet-in-person-jv';
import moveToPrivateApp from './move-to-private-app';
import moveToPrivateAppEn from './move-to-private-app-en';
import moveToPrivateAppJv from './move-to-private-app-jv';
import notInContacts from './not-in-contacts';
import notInContactsEn from './not-in-contacts-en';
import offerCreditOrMoney from './offer-credit-or-money';
import offerGameCurrency from './offer-game-currency';
import offerGiftsEn from './offer-gifts-en';
import offerGiftsJv from './offer-gifts-jv';
import privateVideoCall from './private-video-call';
import randomVideoChat from './random-video-chat';
import secretAccountEn from './secret-account-en';
import secretSecondAccount from './secret-second-account';
import sexualTalk from './sexual-talk';
import shareHomeAddress from './share-home-address';
import shareHomeAddressEn from './share-home-address-en';
import sharePhoneNumber from './share-phone-number';
import shareSchoolName from './share-school-name';
import shareSchoolNameEn from './share-school-name-en';
import specialBond from './special-bond';
import specialBondEn from './special-bond-en';
import specialBondJv from './special-bond-jv';
import threatenToSharePhotos from './threaten-to-share-photos';
import threatenToSharePhotosEn from './threaten-to-share-photos-en';
import threatenToSharePhotosJv from './threaten-to-share-photos-jv';
import vpnBrandNames from './vpn-brand-names';

/** Every built-in rule. A meta-test checks that each file in this folder is registered here. */
export const RULES: readonly Rule[] = [
  askAge,
  askAloneOrParentsAway,
  askForExplicitPhoto,
  askForExplicitPhotoEn,
  askForPhoto,
  askForPhotoEn,
  askForPhotoJv,
  askPersonalInfoEn,
  askPersonalInfoJv,
  askPhoneNumber,
  askWhereYouLive,
  askWhichSchool,
  chatTitleIsPhoneNumber,
  complimentLooks,
  complimentLooksEn,
  educationContext,
  educationContextEn,
  freeVpnOrProxy,
  getAroundBlocks,
  getAroundBlocksEn,
  hideFromParents,
  hideTheChat,
  homeAlone,
  homeAloneEn,
  keepSecretFromParents,
  keepSecretFromParentsEn,
  keepSecretFromParentsJv,
  meetInPerson,
  meetInPersonEn,
  meetInPersonJv,
  moveToPrivateApp,
  moveToPrivateAppEn,
  moveToPrivateAppJv,
  notInContacts,
  notInContactsEn,
  offerCreditOrMoney,
  offerGameCurrency,
  offerGiftsEn,
  offerGiftsJv,
  privateVideoCall,
  randomVideoChat,
  secretAccountEn,
  secretSecondAccount,
  sexualTalk,
  shareHomeAddress,
  shareHomeAddressEn,
  sharePhoneNumber,
  shareSchoolName,
  shareSchoolNameEn,
  specialBond,
  specialBondEn,
  specialBondJv,
  threatenToSharePhotos,
  threatenToSharePhotosEn,
  threatenToSharePhotosJv,
  vpnBrandNames,
];
