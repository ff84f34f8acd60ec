import { apiEndpoint } from './config';
import { type Api, createApi } from './services/api';

export interface AppGlobal {
  api: Api;
}

App<AppGlobal>({
  api: createApi(apiEndpoint),
  onLaunch() {
    void this.api.auth.ensureSignedIn();
  },
  onHide() {
    void this.api.tracker.flush();
  },
});
